using System.Globalization;

namespace MyNumber.Load;

/// <summary>
/// Durations as load settings write them: one number and a unit, "200us", "1.5ms", "30s", "5m", "2h".
/// Microseconds matter here (a synthetic step of 200 µs, a latency limit of 800 µs), which is why this
/// is not <see cref="TimeSpan"/>'s own format.
/// </summary>
public static class LoadDuration
{
    public const string UnitList = "us (or µs), ms, s, m, h";

    public static bool TryParse(string? text, out TimeSpan duration, out string error)
    {
        duration = TimeSpan.Zero;
        error = "";
        var trimmed = text?.Trim() ?? "";
        int split = 0;
        while (split < trimmed.Length && (char.IsAsciiDigit(trimmed[split]) || trimmed[split] == '.')) split++;
        if (split == 0 || !double.TryParse(trimmed[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number))
        {
            error = $"'{text}' is not a duration: write a number and a unit ({UnitList}), e.g. 200us or 30s";
            return false;
        }
        double? micros = trimmed[split..].Trim() switch
        {
            "us" or "µs" => number,
            "ms" => number * 1_000,
            "s" => number * 1_000_000,
            "m" => number * 60_000_000,
            "h" => number * 3_600_000_000,
            _ => null,
        };
        if (micros is not { } value)
        {
            error = $"'{text}' has no known unit: write one of {UnitList}, e.g. {trimmed[..split]}ms";
            return false;
        }
        if (value > TimeSpan.MaxValue.TotalMicroseconds / 2)
        {
            error = $"'{text}' is too long";
            return false;
        }
        duration = TimeSpan.FromTicks((long)Math.Round(value * 10));
        return true;
    }

    /// <summary>A short human form: "200 µs", "1.5 ms", "30 s", "5 min", "24 h".</summary>
    public static string Format(TimeSpan duration)
    {
        var c = CultureInfo.InvariantCulture;
        double s = duration.TotalSeconds;
        return s switch
        {
            < 0.001 => (s * 1e6).ToString("0.##", c) + " µs",
            < 1 => (s * 1e3).ToString("0.##", c) + " ms",
            < 120 => s.ToString("0.##", c) + " s",
            < 7200 => (s / 60).ToString("0.#", c) + " min",
            _ => (s / 3600).ToString("0.#", c) + " h",
        };
    }
}
