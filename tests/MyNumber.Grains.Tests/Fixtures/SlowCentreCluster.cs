using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MyNumber.Grains.Time;
using MyNumber.Silo;
using Orleans.TestingHost;

namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>
/// A memory cluster whose kiosks print in <see cref="PrintTime"/> and whose certificate centre is slow by
/// <see cref="CentreLatency"/> from 11:00 to 12:00 JST on <see cref="FleetCluster.Start"/>'s day, both set
/// through the profile sections a scenario run sets ("Kiosk", "Faults").
/// </summary>
public sealed class SlowCentreCluster : IAsyncLifetime
{
    public static readonly TimeSpan PrintTime = TimeSpan.FromMinutes(2);

    public static readonly TimeSpan CentreLatency = TimeSpan.FromMilliseconds(400);

    public static readonly DateTimeOffset SlowFrom = FleetCluster.Start.AddHours(1);

    public static readonly DateTimeOffset SlowUntil = FleetCluster.Start.AddHours(2);

    public FakeTimeProvider Time { get; } = new(FleetCluster.Start);

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var c = CultureInfo.InvariantCulture;
        var configuration = new ConfigurationBuilder()
            .AddConfiguration(FleetCluster.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Kiosk:PrintTime"] = PrintTime.ToString("c", c),
                ["Faults:Windows:0:Kind"] = "backend-latency",
                ["Faults:Windows:0:Start"] = SlowFrom.ToString("o", c),
                ["Faults:Windows:0:End"] = SlowUntil.ToString("o", c),
                ["Faults:Windows:0:LatencyMs"] = CentreLatency.TotalMilliseconds.ToString("R", c),
            }).Build();
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 1);
        builder.Options.ServiceId = "mn-slow-centre-" + Guid.NewGuid().ToString("N")[..8];
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage("store");
            silo.UseInMemoryReminderService();
            SiloHostBuilder.AddFleetServices(silo.Services, configuration);
            silo.Services.AddSingleton(new FleetClock(Time));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
