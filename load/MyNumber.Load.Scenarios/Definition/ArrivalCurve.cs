namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Relative arrival weights: 24 by hour of day (Japan time, hour 0 first) and 7 by weekday (Monday first).
/// Only ratios matter; a day's volume is spread over its hours in proportion to the hour weights.
/// </summary>
public sealed record ArrivalCurve(IReadOnlyList<double> HourOfDay, IReadOnlyList<double> Weekday)
{
    /// <summary>Share of a day's arrivals that fall in <paramref name="hour"/>.</summary>
    public double HourShare(int hour) => HourOfDay[hour] / HourOfDay.Sum();

    /// <summary>The weekday's weight relative to the average weekday (1.0 on a flat week).</summary>
    public double WeekdayFactor(DayOfWeek day) => Weekday[((int)day + 6) % 7] * 7 / Weekday.Sum();
}
