using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Cli.Running;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cli.Scenarios;

/// <summary>
/// Running silos driven as an Orleans client (<c>mynumber run --cluster &lt;config&gt;</c>): the client of
/// <see cref="FleetClient"/>, the population the cluster configuration names (the silos' own), and the
/// scenario's clock, which every move publishes to the silos as the cluster clock (<see cref="ClusterFleetClock"/>),
/// so outcomes that depend on the date follow the scenario. The scenario's population mix, counters and
/// faults are the silos' configuration, not the scenario's.
/// </summary>
public sealed class ClusterFleet : IAsyncDisposable
{
    private readonly IHost host;
    private readonly SimulatedTimeProvider clock;

    private ClusterFleet(IHost host, DateTimeOffset start)
    {
        this.host = host;
        var population = host.Services.GetRequiredService<PopulationGenerator>();
        clock = new SimulatedTimeProvider(TimeProvider.System, start);
        clock.Step();
        Connection = new FleetConnection(host.Services.GetRequiredService<IClusterClient>(), new PopulationView(population),
            new ClusterFleetClock(host.Services.GetRequiredService<IClusterClient>(), clock, Console.Error));
        Population = population.Settings;
    }

    public FleetConnection Connection { get; }

    /// <summary>The population the cluster configuration names (seed and size are the silos').</summary>
    public PopulationSettings Population { get; }

    /// <summary>Connects to the silos of <paramref name="clusterConfig"/> (a silo-config profile name or a JSON file).</summary>
    public static async Task<ClusterFleet> StartAsync(string clusterConfig, DateTimeOffset start, IEnumerable<string>? overrides = null,
        CancellationToken cancellationToken = default)
    {
        var host = await FleetClient.StartAsync(clusterConfig, overrides, cancellationToken).ConfigureAwait(false);
        return new ClusterFleet(host, start);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            host.Dispose();
            clock.Dispose();
        }
    }
}
