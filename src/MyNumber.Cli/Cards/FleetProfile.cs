using Microsoft.Extensions.Configuration;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Population;
using MyNumber.Silo;

namespace MyNumber.Cli.Cards;

/// <summary>
/// The population and JPKI authority of a silo profile, built outside any silo: what <c>mynumber card
/// emulate</c> issues a fleet-trusted card from. Same sections, same seed, same CA as the silos of that profile.
/// </summary>
public sealed class FleetProfile(PopulationGenerator population, JpkiServices jpki)
{
    public PopulationGenerator Population { get; } = population;

    public JpkiServices Jpki { get; } = jpki;

    public static FleetProfile Load(string profile, params string[] overrides)
    {
        var config = SiloConfigFiles.Load(profile, overrides);
        var population = config.GetSection(PopulationSettings.SectionName).Get<PopulationSettings>() ?? new PopulationSettings();
        var jpki = config.GetSection(JpkiSettings.SectionName).Get<JpkiSettings>() ?? new JpkiSettings();
        // The keys are a pure function of the seed, so a cache changes nothing but the minute it takes to derive them.
        if (string.IsNullOrWhiteSpace(jpki.KeyCacheDirectory)) jpki.KeyCacheDirectory = Path.Combine(Path.GetTempPath(), "mynumber-jpki-keys");
        return new FleetProfile(new PopulationGenerator(population), new JpkiServices(jpki));
    }
}
