namespace MyNumber.Grains.Jpki;

/// <summary>The "Jpki" section of a silo profile.</summary>
public sealed class JpkiSettings
{
    public const string SectionName = "Jpki";

    /// <summary>The CA keys and the card key pool derive from it: every silo builds the same authority.</summary>
    public string Seed { get; set; } = "mynumber-jpki";

    /// <summary>Size of the card key pool (see CardKeyPool: cards share pooled real RSA-2048 keys).</summary>
    public int CardKeys { get; set; } = 64;

    public int RevocationShards { get; set; } = 16;

    /// <summary>Chain results each verifier activation keeps.</summary>
    public int VerifierCacheCapacity { get; set; } = 100_000;

    /// <summary>
    /// Where generated keys are kept between runs and shared between silo processes (the keys derive from
    /// <see cref="Seed"/>, so a cache only saves time: deterministic generation with BouncyCastle runs at a few
    /// keys per second, and three silos starting at once each made the whole pool). Empty: no cache.
    /// </summary>
    public string? KeyCacheDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "mynumber-jpki-keys");

    /// <summary>notBefore of the CA certificates (valid 20 years): before the first card of 2016.</summary>
    public DateTimeOffset AuthorityStart { get; set; } = new(2015, 10, 1, 0, 0, 0, TimeSpan.Zero);
}
