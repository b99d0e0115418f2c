using Microsoft.Extensions.DependencyInjection;
using MyNumber.CardEmulator;
using MyNumber.Cli.Cards;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// An embedded one-silo fleet of 100,000 procedural residents with a small card key pool (cached on disk)
/// and a frozen simulated clock on a weekday in 2026, shared by the tests of the collection.
/// </summary>
public sealed class BridgeFleet : IAsyncLifetime
{
    public const long Residents = 100_000;

    /// <summary>The fleet's JPKI seed; the bench test reuses it so the disk-cached keys are derived once.</summary>
    public const string JpkiSeed = "bridge-tests";

    private EmbeddedFleet? _fleet;

    public IGrainFactory Grains => _fleet!.Grains;

    public PopulationGenerator Population => _fleet!.Services.GetRequiredService<PopulationGenerator>();

    public JpkiServices Jpki => _fleet!.Services.GetRequiredService<JpkiServices>();

    public SimulatedTimeProvider Clock => _fleet!.Services.GetRequiredService<SimulatedTimeProvider>();

    /// <summary>The silo's cluster id and gateway port, for an attach process that joins with <c>--cluster</c>.</summary>
    public MyNumber.Silo.SiloProfile Silo => _fleet!.Silo;

    /// <summary>The resident whose card the tests attach.</summary>
    public long Holder { get; private set; }

    public VirtualCardProfile HolderCard => FleetCard.ForResident(Population, Jpki, Holder);

    public async Task InitializeAsync()
    {
        _fleet = await EmbeddedFleet.StartAsync("local",
        [
            "--Population:Seed=20241202", $"--Population:Size={Residents}",
            $"--Jpki:Seed={JpkiSeed}", "--Jpki:CardKeys=2", "--Jpki:RevocationShards=4",
            $"--Jpki:KeyCacheDirectory={Path.Combine(Path.GetTempPath(), "mynumber-bridge-test-keys")}",
            "--Clock:Mode=stepped", "--Clock:Start=2026-03-02T01:00:00Z",
        ], CancellationToken.None);
        Holder = FleetCard.FirstUsableResident(Population, 1_000);
    }

    public async Task DisposeAsync()
    {
        if (_fleet is not null) await _fleet.DisposeAsync();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BridgeCollection : ICollectionFixture<BridgeFleet>
{
    public const string Name = "bridge fleet";
}
