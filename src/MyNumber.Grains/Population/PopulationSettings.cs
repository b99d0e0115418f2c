namespace MyNumber.Grains.Population;

/// <summary>The "Population" section of a silo profile: which procedural population the fleet is.</summary>
public sealed class PopulationSettings
{
    public const string SectionName = "Population";

    /// <summary>Same seed, same residents: resident i's initial facts are a pure function of (Seed, i).</summary>
    public ulong Seed { get; set; } = 20241202;

    /// <summary>How many residents exist; indices at or above it are unknown residents.</summary>
    public long Size { get; set; } = 124_000_000;
}
