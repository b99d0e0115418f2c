using System.Globalization;

namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Durations as scenario files and the command line write them: one or more whole-number groups with a unit,
/// largest unit first, e.g. "250ms", "30s", "5m", "2h", "1d", "1h30m". A bare number is refused because
/// nobody can tell seconds from minutes when reading it.
/// </summary>
public static class ScenarioDuration
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    public const string UnitList = "ms, s, m, h, d";

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var duration, out var error) ? duration : throw new FormatException(error);

    public static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"empty duration: write a number and a unit ({UnitList}), e.g. \"30s\"";
            return false;
        }
        var position = 0;
        var lastRank = -1;
        while (position < text.Length)
        {
            var digitsStart = position;
            while (position < text.Length && char.IsAsciiDigit(text[position])) position++;
            if (position == digitsStart)
            {
                error = $"bad duration \"{text}\": expected a whole number at character {position + 1}, e.g. \"30s\", \"5m\", \"2h\"";
                return false;
            }
            var unitStart = position;
            while (position < text.Length && char.IsAsciiLetterLower(text[position])) position++;
            var unit = text[unitStart..position];
            if (unit.Length == 0 && position < text.Length && text[position] == '.')
            {
                error = $"bad duration \"{text}\": fractions are not allowed; combine units instead, e.g. \"1h30m\"";
                return false;
            }
            if (unit.Length == 0)
            {
                error = $"bad duration \"{text}\": number without a unit; units are {UnitList}";
                return false;
            }
            var rank = Array.FindIndex(Units, u => u.Unit == unit);
            if (rank < 0)
            {
                error = $"bad duration \"{text}\": unknown unit \"{unit}\"; units are {UnitList}";
                return false;
            }
            if (rank <= lastRank)
            {
                error = $"bad duration \"{text}\": units must go from largest to smallest, each once";
                return false;
            }
            lastRank = rank;
            if (!long.TryParse(text.AsSpan(digitsStart, unitStart - digitsStart), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var count) || count > TimeSpan.MaxValue.Ticks / Units[rank].Size.Ticks)
            {
                error = $"bad duration \"{text}\": too large";
                return false;
            }
            var part = TimeSpan.FromTicks(count * Units[rank].Size.Ticks);
            if (TimeSpan.MaxValue - duration < part)
            {
                error = $"bad duration \"{text}\": too large";
                return false;
            }
            duration += part;
        }
        return true;
    }

    /// <summary>The shortest text that parses back to <paramref name="duration"/> (whole milliseconds).</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), "durations are not negative");
        if (duration == TimeSpan.Zero) return "0s";
        var remaining = duration.Ticks - duration.Ticks % TimeSpan.TicksPerMillisecond;
        var parts = new List<string>();
        foreach (var (unit, size) in Units)
        {
            var count = remaining / size.Ticks;
            if (count == 0) continue;
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + unit);
            remaining -= count * size.Ticks;
        }
        return parts.Count == 0 ? "0s" : string.Concat(parts);
    }
}
