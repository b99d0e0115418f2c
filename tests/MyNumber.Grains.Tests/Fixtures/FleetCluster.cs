using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MyNumber.Grains.Time;
using MyNumber.Silo;
using Orleans.TestingHost;

namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>
/// An in-process test cluster with the fleet's services (as the silo host registers them), a fake clock
/// the tests move by hand, and the grain storage chosen by the subclass. One per test collection.
/// </summary>
public abstract class FleetCluster : IAsyncLifetime
{
    /// <summary>A weekday morning in Japan: 2026-03-02 10:00 JST.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public string ServiceId { get; } = "mn-test-" + Guid.NewGuid().ToString("N")[..8];

    public static IConfiguration Configuration { get; } = new ConfigurationBuilder().AddInMemoryCollection(
        new Dictionary<string, string?>
        {
            ["Population:Seed"] = "7",
            ["Population:Size"] = "1000000",
            ["Jpki:Seed"] = "grain-tests",
            ["Jpki:CardKeys"] = "2",
            ["Jpki:RevocationShards"] = "4",
            ["Jpki:VerifierCacheCapacity"] = "100",
            ["Jpki:KeyCacheDirectory"] = Path.Combine(Path.GetTempPath(), "mynumber-grain-test-keys"),
        }).Build();

    public virtual async Task InitializeAsync()
    {
        Cluster = Build();
        await Cluster.DeployAsync();
    }

    public virtual async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
    }

    /// <summary>Builds a fresh cluster on the same storage and service id (what a restart looks like).</summary>
    public InProcessTestCluster Build()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            ConfigureStorage(silo);
            silo.UseInMemoryReminderService();
            SiloHostBuilder.AddFleetServices(silo.Services, Configuration);
            silo.Services.AddSingleton(new FleetClock(Time));
        });
        return builder.Build();
    }

    /// <summary>Replaces the running cluster by a new one on the same storage.</summary>
    public async Task RestartAsync()
    {
        await Cluster.DisposeAsync();
        await InitializeAsync();
    }

    protected abstract void ConfigureStorage(ISiloBuilder silo);
}
