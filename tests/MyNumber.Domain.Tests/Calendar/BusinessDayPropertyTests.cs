using FsCheck.Xunit;
using MyNumber.Domain.Calendar;
using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Calendar;

/// <summary>Properties over random days of 2015–2040.</summary>
public class BusinessDayPropertyTests
{
    private static readonly DateOnly First = new(2015, 1, 1);
    private static readonly int Span = new DateOnly(2040, 12, 31).DayNumber - First.DayNumber + 1;

    private static DateOnly DayFrom(int seed) => First.AddDays((int)((uint)seed % (uint)Span));

    [Property(DisplayName = "R-KIOSK-9: the next business day is a business day, and no business day lies before it", MaxTest = 500)]
    public void NextBusinessDayIsTheFirst(int seed)
    {
        var after = DayFrom(seed);
        var next = JapaneseCalendar.NextBusinessDay(after);
        Assert.True(JapaneseCalendar.IsBusinessDay(next));
        Assert.InRange(next.DayNumber - after.DayNumber, 1, 12); // the longest run is Golden Week 2019 (10 days)
        for (var d = after.AddDays(1); d < next; d = d.AddDays(1)) Assert.False(JapaneseCalendar.IsBusinessDay(d));
    }

    [Property(DisplayName = "R-KIOSK-9: store issuance after a handover always starts at 06:30, one day after a business day", MaxTest = 500)]
    public void AvailabilityFollowsABusinessDay(int seed)
    {
        var handover = DayFrom(seed);
        var from = KioskAvailability.AvailableFrom(handover);
        Assert.Equal(new TimeOnly(6, 30), TimeOnly.FromDateTime(from));
        var dayBefore = DateOnly.FromDateTime(from).AddDays(-1);
        Assert.True(dayBefore >= handover);
        Assert.True(dayBefore == handover || JapaneseCalendar.IsBusinessDay(dayBefore));
        Assert.Equal(JapaneseCalendar.IsBusinessDay(handover), dayBefore == handover);
    }

    [Property(DisplayName = "R-KIOSK-2: kiosks are open every day that is not 29 Dec – 3 Jan, business day or not", MaxTest = 500)]
    public void KioskOpenOutsideYearEnd(int seed)
    {
        var day = DayFrom(seed);
        Assert.Equal(!JapaneseCalendar.IsYearEndClosure(day), KioskHours.IsOpenOn(day));
        if (JapaneseCalendar.IsBusinessDay(day)) Assert.True(KioskHours.IsOpenOn(day));
    }
}
