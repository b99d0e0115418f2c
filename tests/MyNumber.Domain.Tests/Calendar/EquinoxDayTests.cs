using MyNumber.Domain.Calendar;

namespace MyNumber.Domain.Tests.Calendar;

public class EquinoxDayTests
{
    // Days of March and September, typed from the National Astronomical Observatory's published dates
    // (announced years) and its projections (later years), 2015 first.
    private static readonly int[] VernalDays =
        [21, 20, 20, 21, 21, 20, 20, 21, 21, 20, 20, 20, 21, 20, 20, 20, 21, 20, 20, 20, 21, 20, 20, 20, 21, 20];
    private static readonly int[] AutumnalDays =
        [23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22, 23, 23, 23, 22];

    public static TheoryData<int> Years2015To2040 => new(Enumerable.Range(2015, 26));

    [Theory(DisplayName = "Calendar: the vernal equinox day matches the observatory's list, 2015–2040")]
    [MemberData(nameof(Years2015To2040))]
    public void VernalMatchesTable(int year)
    {
        var expected = new DateOnly(year, 3, VernalDays[year - 2015]);
        Assert.Equal(expected, EquinoxDays.Vernal(year));
        Assert.Equal(HolidayNames.VernalEquinoxDay, JapaneseCalendar.HolidayName(expected));
    }

    [Theory(DisplayName = "Calendar: the autumnal equinox day matches the observatory's list, 2015–2040")]
    [MemberData(nameof(Years2015To2040))]
    public void AutumnalMatchesTable(int year)
    {
        var expected = new DateOnly(year, 9, AutumnalDays[year - 2015]);
        Assert.Equal(expected, EquinoxDays.Autumnal(year));
        Assert.Equal(HolidayNames.AutumnalEquinoxDay, JapaneseCalendar.HolidayName(expected));
    }

    [Fact(DisplayName = "Calendar: the equinox approximation refuses years outside 1980–2099")]
    public void ApproximationRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EquinoxDays.Vernal(1979));
        Assert.Throws<ArgumentOutOfRangeException>(() => EquinoxDays.Autumnal(2100));
    }
}
