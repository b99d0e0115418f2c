namespace MyNumber.Load.Scenarios.Definition;

/// <summary>The simulated period, in Japan time (UTC+09:00, no daylight saving); <see cref="End"/> is exclusive.</summary>
public sealed record CalendarWindow(DateTimeOffset Start, DateTimeOffset End)
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    public TimeSpan Length => End - Start;
}
