using System.Collections.Frozen;

namespace MyNumber.Domain.Calendar;

/// <summary>
/// Japan's national holidays and the municipal business days built on them. Counters (窓口) open on business
/// days: not Saturday or Sunday, not a national holiday, and not the year-end closure 29 Dec – 3 Jan
/// (domain-rules.md R-KIOSK-9 [ext]). Covers <see cref="FirstYear"/>–<see cref="LastYear"/>; years after the
/// next February's announcement are projections of today's law.
/// </summary>
public static class JapaneseCalendar
{
    public const int FirstYear = HolidayStatute.FirstYear;
    public const int LastYear = HolidayStatute.LastYear;

    private static readonly IReadOnlyList<NationalHoliday>[] ByYear =
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(HolidayStatute.For).ToArray();

    private static readonly FrozenDictionary<DateOnly, string> Names =
        ByYear.SelectMany(y => y).ToFrozenDictionary(h => h.Date, h => h.Name);

    /// <summary>The holiday's English name, or null when <paramref name="date"/> is not a national holiday.</summary>
    public static string? HolidayName(DateOnly date)
    {
        EnsureCovered(date.Year, nameof(date));
        return Names.GetValueOrDefault(date);
    }

    public static bool IsNationalHoliday(DateOnly date) => HolidayName(date) is not null;

    /// <summary>Every national holiday of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<NationalHoliday> HolidaysIn(int year)
    {
        EnsureCovered(year, nameof(year));
        return ByYear[year - FirstYear];
    }

    /// <summary>29 December – 3 January (年末年始): counters and store kiosks are closed.</summary>
    public static bool IsYearEndClosure(DateOnly date) =>
        (date.Month == 12 && date.Day >= 29) || (date.Month == 1 && date.Day <= 3);

    /// <summary>A day the municipal counters are open.</summary>
    public static bool IsBusinessDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !IsNationalHoliday(date)
        && !IsYearEndClosure(date);

    /// <summary>The first business day strictly after <paramref name="after"/>.</summary>
    public static DateOnly NextBusinessDay(DateOnly after)
    {
        var day = after.AddDays(1);
        while (!IsBusinessDay(day)) day = day.AddDays(1);
        return day;
    }

    private static void EnsureCovered(int year, string argument)
    {
        if (year is < FirstYear or > LastYear)
            throw new ArgumentOutOfRangeException(argument, year,
                $"the Japanese holiday calendar covers {FirstYear}–{LastYear} only (the current holiday law and the equinox approximation); {year} is outside it");
    }
}
