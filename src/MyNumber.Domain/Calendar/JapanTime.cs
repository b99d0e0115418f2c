namespace MyNumber.Domain.Calendar;

/// <summary>
/// Japan Standard Time (UTC+9, no daylight saving). Rules take Japanese wall-clock times; callers holding an
/// instant (a <see cref="TimeProvider"/> reading) convert it here so that no rule guesses a time zone.
/// </summary>
public static class JapanTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The Japanese wall-clock time of <paramref name="instant"/>, as a <see cref="DateTimeKind.Unspecified"/> value.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;
}
