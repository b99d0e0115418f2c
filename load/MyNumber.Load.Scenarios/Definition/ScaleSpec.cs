using System.Globalization;

namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// How many residents a run simulates: a preset ("bunkyo", "national") or a number. Rates in a scenario are
/// stated at a reference scale and scale linearly with residents.
/// </summary>
public sealed record ScaleSpec(string Name, long Residents)
{
    /// <summary>Bunkyo ward, 2020 census: 240,069 (calibration.md §6 "Bunkyo ward").</summary>
    public static readonly ScaleSpec Bunkyo = new("bunkyo", 240_069);

    /// <summary>Japan, 2024-10-01: 123,802,000 (calibration.md §6 "Japan, total population").</summary>
    public static readonly ScaleSpec National = new("national", 123_802_000);

    /// <summary>Municipalities in Japan (1,718 cities, towns and villages plus Tokyo's 23 wards).</summary>
    public const int NationalMunicipalities = 1_741;

    public static IReadOnlyList<ScaleSpec> Presets { get; } = [Bunkyo, National];

    /// <summary>
    /// Municipalities the residents live in: one for Bunkyo, all of them for the nation, and otherwise the
    /// national average size (≈ 71,100 residents each), at least one.
    /// </summary>
    public int Municipalities =>
        Name == Bunkyo.Name ? 1
        : Name == National.Name ? NationalMunicipalities
        : (int)Math.Max(1, Math.Round(Residents * (double)NationalMunicipalities / National.Residents));

    /// <summary>How many times bigger this scale is than <paramref name="reference"/>.</summary>
    public double RelativeTo(ScaleSpec reference) => (double)Residents / reference.Residents;

    /// <summary>Parses "bunkyo", "national" or a positive whole number, as the <c>--scale</c> option takes it.</summary>
    public static bool TryParse(string? text, out ScaleSpec scale, out string error)
    {
        scale = Bunkyo;
        error = "";
        var preset = Presets.FirstOrDefault(p => p.Name == text);
        if (preset is not null)
        {
            scale = preset;
            return true;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var residents) && residents > 0)
        {
            scale = FromResidents(residents);
            return true;
        }
        error = $"unknown scale \"{text}\": use bunkyo, national or a positive whole number of residents";
        return false;
    }

    public static ScaleSpec FromResidents(long residents) =>
        residents > 0
            ? new ScaleSpec(residents.ToString(CultureInfo.InvariantCulture), residents)
            : throw new ArgumentOutOfRangeException(nameof(residents), "a population has at least one resident");
}
