namespace MyNumber.Domain.Calendar;

/// <summary>
/// The equinox days (春分の日, 秋分の日). By law they are the days of the equinoxes, which the National
/// Astronomical Observatory announces each February for the next year; for planning further ahead the standard
/// approximation below is used. Its constants hold for 1980–2099, and it agrees with every published date
/// this calendar covers (see the tests).
/// </summary>
public static class EquinoxDays
{
    public const int FirstYear = 1980;
    public const int LastYear = 2099;

    public static DateOnly Vernal(int year) => new(year, 3, DayOf(20.8431, year));

    public static DateOnly Autumnal(int year) => new(year, 9, DayOf(23.2488, year));

    private static int DayOf(double constant, int year)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(nameof(year), year,
                $"the equinox approximation holds only for {FirstYear}–{LastYear}");
        var sinceBase = year - 1980;
        // 0.242194 days: how much later the equinox falls each year until a leap day pulls it back.
        return (int)Math.Floor(constant + 0.242194 * sinceBase - Math.Floor(sinceBase / 4.0));
    }
}
