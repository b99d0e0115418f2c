using MyNumber.Domain.Calendar;

namespace MyNumber.Domain.Tests.Calendar;

public class BusinessDayTests
{
    [Theory(DisplayName = "R-KIOSK-9: business days exclude weekends, national holidays and 12-29..01-03")]
    [InlineData("2025-06-02", true)]   // Monday
    [InlineData("2025-06-07", false)]  // Saturday
    [InlineData("2025-06-08", false)]  // Sunday
    [InlineData("2025-11-24", false)]  // Substitute Holiday (Monday)
    [InlineData("2026-09-22", false)]  // Citizens' Holiday (Tuesday)
    [InlineData("2025-12-26", true)]   // Friday before the closure
    [InlineData("2025-12-29", false)]  // Monday, year-end closure
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-02", false)]  // Friday, year-end closure
    [InlineData("2026-01-05", true)]   // first business day of 2026
    [InlineData("2019-04-30", false)]  // Citizens' Holiday of the enthronement week
    [InlineData("2019-12-23", true)]   // Monday, no Emperor's Birthday in 2019
    public void BusinessDay(string date, bool expected) =>
        Assert.Equal(expected, JapaneseCalendar.IsBusinessDay(DateOnly.Parse(date)));

    [Theory(DisplayName = "R-KIOSK-9: the next business day skips weekends, holidays and the year-end closure")]
    [InlineData("2025-06-02", "2025-06-03")]
    [InlineData("2025-06-06", "2025-06-09")]
    [InlineData("2025-11-21", "2025-11-25")]  // Fri → Tue over the substitute Monday
    [InlineData("2025-12-26", "2026-01-05")]
    [InlineData("2019-04-26", "2019-05-07")]  // the ten-day 2019 Golden Week
    [InlineData("2020-07-22", "2020-07-27")]  // 2020-07-23/24 Olympic moves
    public void NextBusinessDay(string after, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), JapaneseCalendar.NextBusinessDay(DateOnly.Parse(after)));

    [Fact(DisplayName = "R-KIOSK-2: the year-end closure runs 29 Dec to 3 Jan inclusive")]
    public void YearEndClosure()
    {
        Assert.False(JapaneseCalendar.IsYearEndClosure(new DateOnly(2025, 12, 28)));
        Assert.True(JapaneseCalendar.IsYearEndClosure(new DateOnly(2025, 12, 29)));
        Assert.True(JapaneseCalendar.IsYearEndClosure(new DateOnly(2026, 1, 3)));
        Assert.False(JapaneseCalendar.IsYearEndClosure(new DateOnly(2026, 1, 4)));
    }

    [Fact(DisplayName = "Calendar: Japan time is UTC+9 with no daylight saving")]
    public void JapanTimeConversion()
    {
        var instant = new DateTimeOffset(2025, 7, 1, 21, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTime(2025, 7, 2, 6, 30, 0), JapanTime.ToLocal(instant));
    }
}
