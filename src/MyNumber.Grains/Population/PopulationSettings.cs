namespace MyNumber.Grains.Population;

/// <summary>
/// The "Population" section of a silo profile: which procedural population the fleet is. The shares are
/// optional: left out, the generator keeps its national defaults, so a fleet started without a scenario
/// is the same fleet as before. A scenario run sets them from its population mix.
/// </summary>
public sealed class PopulationSettings
{
    public const string SectionName = "Population";

    /// <summary>Same seed, same residents: resident i's initial facts are a pure function of (Seed, i).</summary>
    public ulong Seed { get; set; } = 20241202;

    /// <summary>How many residents exist; indices at or above it are unknown residents.</summary>
    public long Size { get; set; } = 124_000_000;

    /// <summary>
    /// The day the population is as of: ages, card issue dates and certificate renewals are generated up to
    /// the day before it, so a 2019 scenario meets nobody born, and no card issued, after its own calendar.
    /// </summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>Share of residents under 15, 15–17, 18–64 and 65 and over; all four or none.</summary>
    public double? Under15Share { get; set; }

    public double? From15To17Share { get; set; }

    public double? From18To64Share { get; set; }

    public double? From65Share { get; set; }

    /// <summary>Share of residents who are foreign nationals.</summary>
    public double? ForeignShare { get; set; }

    /// <summary>Share of residents holding a card on <see cref="AsOf"/>.</summary>
    public double? CardHolderShare { get; set; }

    /// <summary>Shares of card holders: face-authentication cards, smartphone certificates, insurance registration.</summary>
    public double? FaceAuthenticationShare { get; set; }

    public double? SmartphoneShare { get; set; }

    public double? InsuranceRegisteredShare { get; set; }

    /// <summary>Municipalities the residents live in; one puts everyone in Bunkyo (131059).</summary>
    public int? Municipalities { get; set; }
}
