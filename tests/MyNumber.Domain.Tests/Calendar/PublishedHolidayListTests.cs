using MyNumber.Domain.Calendar;
using static MyNumber.Domain.Calendar.HolidayNames;

namespace MyNumber.Domain.Tests.Calendar;

/// <summary>Whole years checked against the holiday lists the Cabinet Office published.</summary>
public class PublishedHolidayListTests
{
    public static TheoryData<int, string[]> PublishedYears => new()
    {
        { 2015, [
            "01-01 " + NewYearsDay, "01-12 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "03-21 " + VernalEquinoxDay, "04-29 " + ShowaDay, "05-03 " + ConstitutionMemorialDay,
            "05-04 " + GreeneryDay, "05-05 " + ChildrensDay, "05-06 " + SubstituteHoliday, "07-20 " + MarineDay,
            "09-21 " + RespectForTheAgedDay, "09-22 " + CitizensHoliday, "09-23 " + AutumnalEquinoxDay,
            "10-12 " + HealthAndSportsDay, "11-03 " + CultureDay, "11-23 " + LaborThanksgivingDay,
            "12-23 " + EmperorsBirthday] },
        { 2019, [
            "01-01 " + NewYearsDay, "01-14 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "03-21 " + VernalEquinoxDay, "04-29 " + ShowaDay, "04-30 " + CitizensHoliday, "05-01 " + EnthronementDay,
            "05-02 " + CitizensHoliday, "05-03 " + ConstitutionMemorialDay, "05-04 " + GreeneryDay,
            "05-05 " + ChildrensDay, "05-06 " + SubstituteHoliday, "07-15 " + MarineDay, "08-11 " + MountainDay,
            "08-12 " + SubstituteHoliday, "09-16 " + RespectForTheAgedDay, "09-23 " + AutumnalEquinoxDay,
            "10-14 " + HealthAndSportsDay, "10-22 " + EnthronementCeremonyDay, "11-03 " + CultureDay,
            "11-04 " + SubstituteHoliday, "11-23 " + LaborThanksgivingDay] },
        { 2020, [
            "01-01 " + NewYearsDay, "01-13 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "02-23 " + EmperorsBirthday, "02-24 " + SubstituteHoliday, "03-20 " + VernalEquinoxDay,
            "04-29 " + ShowaDay, "05-03 " + ConstitutionMemorialDay, "05-04 " + GreeneryDay, "05-05 " + ChildrensDay,
            "05-06 " + SubstituteHoliday, "07-23 " + MarineDay, "07-24 " + SportsDay, "08-10 " + MountainDay,
            "09-21 " + RespectForTheAgedDay, "09-22 " + AutumnalEquinoxDay, "11-03 " + CultureDay,
            "11-23 " + LaborThanksgivingDay] },
        { 2021, [
            "01-01 " + NewYearsDay, "01-11 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "02-23 " + EmperorsBirthday, "03-20 " + VernalEquinoxDay, "04-29 " + ShowaDay,
            "05-03 " + ConstitutionMemorialDay, "05-04 " + GreeneryDay, "05-05 " + ChildrensDay,
            "07-22 " + MarineDay, "07-23 " + SportsDay, "08-08 " + MountainDay, "08-09 " + SubstituteHoliday,
            "09-20 " + RespectForTheAgedDay, "09-23 " + AutumnalEquinoxDay, "11-03 " + CultureDay,
            "11-23 " + LaborThanksgivingDay] },
        { 2025, [
            "01-01 " + NewYearsDay, "01-13 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "02-23 " + EmperorsBirthday, "02-24 " + SubstituteHoliday, "03-20 " + VernalEquinoxDay,
            "04-29 " + ShowaDay, "05-03 " + ConstitutionMemorialDay, "05-04 " + GreeneryDay, "05-05 " + ChildrensDay,
            "05-06 " + SubstituteHoliday, "07-21 " + MarineDay, "08-11 " + MountainDay,
            "09-15 " + RespectForTheAgedDay, "09-23 " + AutumnalEquinoxDay, "10-13 " + SportsDay,
            "11-03 " + CultureDay, "11-23 " + LaborThanksgivingDay, "11-24 " + SubstituteHoliday] },
        { 2026, [
            "01-01 " + NewYearsDay, "01-12 " + ComingOfAgeDay, "02-11 " + NationalFoundationDay,
            "02-23 " + EmperorsBirthday, "03-20 " + VernalEquinoxDay, "04-29 " + ShowaDay,
            "05-03 " + ConstitutionMemorialDay, "05-04 " + GreeneryDay, "05-05 " + ChildrensDay,
            "05-06 " + SubstituteHoliday, "07-20 " + MarineDay, "08-11 " + MountainDay,
            "09-21 " + RespectForTheAgedDay, "09-22 " + CitizensHoliday, "09-23 " + AutumnalEquinoxDay,
            "10-12 " + SportsDay, "11-03 " + CultureDay, "11-23 " + LaborThanksgivingDay] },
    };

    [Theory(DisplayName = "Calendar: a whole year's holidays match the published list")]
    [MemberData(nameof(PublishedYears))]
    public void WholeYearMatchesPublishedList(int year, string[] published)
    {
        var actual = JapaneseCalendar.HolidaysIn(year).Select(h => $"{h.Date:MM-dd} {h.Name}");
        Assert.Equal(published, actual);
    }

    [Theory(DisplayName = "Calendar: HolidayName agrees with the year list on every day of the year")]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2026)]
    public void HolidayNameAgreesWithList(int year)
    {
        var list = JapaneseCalendar.HolidaysIn(year).ToDictionary(h => h.Date, h => h.Name);
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            Assert.Equal(list.GetValueOrDefault(d), JapaneseCalendar.HolidayName(d));
            Assert.Equal(list.ContainsKey(d), JapaneseCalendar.IsNationalHoliday(d));
        }
    }

    [Theory(DisplayName = "Calendar: substitute holidays where New Year's Day fell on a Sunday")]
    [InlineData("2017-01-02")]
    [InlineData("2023-01-02")]
    [InlineData("2034-01-02")]
    public void NewYearSubstitute(string date) =>
        Assert.Equal(SubstituteHoliday, JapaneseCalendar.HolidayName(DateOnly.Parse(date)));

    [Theory(DisplayName = "Calendar: Emperor's Birthday is 23 Dec until 2018, absent in 2019, 23 Feb from 2020")]
    [InlineData("2018-12-23", EmperorsBirthday)]
    [InlineData("2019-12-23", null)]
    [InlineData("2019-02-23", null)]
    [InlineData("2020-02-23", EmperorsBirthday)]
    [InlineData("2020-12-23", null)]
    public void EmperorsBirthdayFollowsTheReign(string date, string? name) =>
        Assert.Equal(name, JapaneseCalendar.HolidayName(DateOnly.Parse(date)));

    [Theory(DisplayName = "Calendar: the days the 2020–2021 moves vacated are ordinary days")]
    [InlineData("2020-07-20")]
    [InlineData("2020-08-11")]
    [InlineData("2020-10-12")]
    [InlineData("2021-07-19")]
    [InlineData("2021-08-11")]
    [InlineData("2021-10-11")]
    public void OlympicMovesLeaveNoHolidayBehind(string date) =>
        Assert.Null(JapaneseCalendar.HolidayName(DateOnly.Parse(date)));

    [Theory(DisplayName = "Calendar: years outside the covered range are refused with a clear message")]
    [InlineData(2006)]
    [InlineData(2100)]
    public void OutOfRangeYearsThrow(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseCalendar.HolidayName(new DateOnly(year, 5, 5)));
        Assert.Contains("2007–2099", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => JapaneseCalendar.HolidaysIn(year));
    }
}
