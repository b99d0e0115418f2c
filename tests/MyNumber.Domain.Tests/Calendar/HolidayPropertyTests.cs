using MyNumber.Domain.Calendar;

namespace MyNumber.Domain.Tests.Calendar;

/// <summary>Properties of the statute that hold in every covered year.</summary>
public class HolidayPropertyTests
{
    private static IEnumerable<int> AllYears =>
        Enumerable.Range(JapaneseCalendar.FirstYear, JapaneseCalendar.LastYear - JapaneseCalendar.FirstYear + 1);

    private static readonly HashSet<string> Derived = [HolidayNames.SubstituteHoliday, HolidayNames.CitizensHoliday];

    [Fact(DisplayName = "Calendar: every year has its statutory named days (15 before Mountain Day, 16 after, special years aside)")]
    public void NamedDayCount()
    {
        foreach (var year in AllYears)
        {
            var named = JapaneseCalendar.HolidaysIn(year).Count(h => !Derived.Contains(h.Name));
            var expected = year switch
            {
                < 2016 => 15,
                2019 => 17, // no Emperor's Birthday, plus the two enthronement days
                _ => 16,
            };
            Assert.True(expected == named, $"{year}: {named} named days, expected {expected}");
        }
    }

    [Fact(DisplayName = "Calendar: a substitute holiday is never a Sunday and always follows a Sunday holiday")]
    public void SubstituteNeverSunday()
    {
        foreach (var h in AllYears.SelectMany(JapaneseCalendar.HolidaysIn).Where(h => h.Name == HolidayNames.SubstituteHoliday))
        {
            Assert.NotEqual(DayOfWeek.Sunday, h.Date.DayOfWeek);
            var back = h.Date.AddDays(-1);
            while (back.DayOfWeek != DayOfWeek.Sunday)
            {
                Assert.True(JapaneseCalendar.IsNationalHoliday(back), $"{h.Date}: gap before its Sunday");
                back = back.AddDays(-1);
            }
            Assert.True(JapaneseCalendar.IsNationalHoliday(back), $"{h.Date}: no Sunday holiday before it");
        }
    }

    [Fact(DisplayName = "Calendar: every named holiday on a Sunday is followed by a substitute holiday")]
    public void SundayHolidayHasSubstitute()
    {
        foreach (var h in AllYears.SelectMany(JapaneseCalendar.HolidaysIn)
                     .Where(h => h.Date.DayOfWeek == DayOfWeek.Sunday && !Derived.Contains(h.Name)))
        {
            var next = h.Date.AddDays(1);
            while (JapaneseCalendar.HolidayName(next) is { } n && !Derived.Contains(n)) next = next.AddDays(1);
            Assert.Equal(HolidayNames.SubstituteHoliday, JapaneseCalendar.HolidayName(next));
        }
    }

    [Fact(DisplayName = "Calendar: a citizens' holiday is a non-Sunday day between two named holidays")]
    public void CitizensHolidaySandwiched()
    {
        var citizens = AllYears.SelectMany(JapaneseCalendar.HolidaysIn).Where(h => h.Name == HolidayNames.CitizensHoliday).ToList();
        Assert.NotEmpty(citizens);
        foreach (var h in citizens)
        {
            Assert.NotEqual(DayOfWeek.Sunday, h.Date.DayOfWeek);
            Assert.DoesNotContain(JapaneseCalendar.HolidayName(h.Date.AddDays(-1)) ?? "", Derived);
            Assert.DoesNotContain(JapaneseCalendar.HolidayName(h.Date.AddDays(1)) ?? "", Derived);
            Assert.True(JapaneseCalendar.IsNationalHoliday(h.Date.AddDays(-1)));
            Assert.True(JapaneseCalendar.IsNationalHoliday(h.Date.AddDays(1)));
        }
    }

    [Fact(DisplayName = "Calendar: Happy-Monday days are Mondays in their statutory week")]
    public void HappyMondays()
    {
        foreach (var year in AllYears)
        {
            var holidays = JapaneseCalendar.HolidaysIn(year);
            foreach (var (name, month, nth) in new[]
                     {
                         (HolidayNames.ComingOfAgeDay, 1, 2), (HolidayNames.MarineDay, 7, 3),
                         (HolidayNames.RespectForTheAgedDay, 9, 3),
                         (year >= 2020 ? HolidayNames.SportsDay : HolidayNames.HealthAndSportsDay, 10, 2),
                     })
            {
                if (year is 2020 or 2021 && month is 7 or 10) continue; // moved by the Olympic special law
                var day = Assert.Single(holidays, h => h.Name == name).Date;
                Assert.Equal(DayOfWeek.Monday, day.DayOfWeek);
                Assert.Equal(month, day.Month);
                Assert.Equal(nth, (day.Day - 1) / 7 + 1);
            }
        }
    }
}
