using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Grains.Population;
using MyNumber.Silo.Bench;
using MyNumber.Silo.Verification;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// The scale-out figures for <c>mynumber bench</c>, each with its baseline from the same run, on silo
/// processes of the cluster profile against the PostgreSQL at <c>connectionString</c> (schema applied):
/// <list type="bullet">
/// <item><c>cluster.pg-write</c>: grain state writes/s of an in-process <c>postgres</c>-profile silo (a PIN
/// entry that changes the failure counter writes once) ÷ raw Npgsql upserts/s with as many in flight,
/// in alternating slices (<see cref="PostgresWriteRatio"/>); goal ≥ 0.5.</item>
/// <item><c>cluster.scale-out</c>: those writes/s through a client with three silo processes ÷ with one.</item>
/// <item><c>cluster.kill-recovery</c>: seconds from a SIGKILL to the last failed operation (after it
/// every call succeeds) ÷ the configured detection time (probe timeout × missed probes, 6 s).</item>
/// </list>
/// </summary>
public static class ClusterBench
{
    private const int InFlight = 32;
    private const int Cards = 64;
    private const double DetectionSeconds = 6;

    public static async Task<IReadOnlyList<FleetFigure>> MeasureAsync(string myNumberDll, string connectionString,
        TimeSpan perMeasurement, string workDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        // The baseline gets as many connections as one silo's grain storage may open (its pool limit), so
        // the ratio measures the provider's overhead, not a pool size.
        var storage = await PostgresWriteRatio.MeasureAsync(connectionString, 2 * perMeasurement, cancellationToken);
        var env = new Dictionary<string, string> { ["Silo__ClusterId"] = "bench-" + Guid.NewGuid().ToString("N")[..8] };
        var silos = new List<SiloProcess>();
        IHost? client = null;
        try
        {
            silos.Add(SiloProcess.Start("bench-silo1", myNumberDll, "cluster", connectionString, workDirectory, env));
            await silos[0].WaitReadyAsync(cancellationToken);
            client = await FleetClient.StartAsync("cluster",
                [$"--Silo:ConnectionString={connectionString}", $"--Silo:ClusterId={env["Silo__ClusterId"]}"], cancellationToken);
            var grains = client.Services.GetRequiredService<IClusterClient>();
            var population = client.Services.GetRequiredService<PopulationGenerator>();
            var first = 10_000_000L + Random.Shared.Next(1_000_000) * 100L;
            var cards = await CardToggleWorkload.FindActiveCardsAsync(grains, Cards, first, cancellationToken);
            var oneSilo = await PinFlipWorkload.RateAsync(grains, population, cards, InFlight, perMeasurement, cancellationToken);

            for (var i = 2; i <= 3; i++) silos.Add(SiloProcess.Start($"bench-silo{i}", myNumberDll, "cluster", connectionString, workDirectory, env));
            await Task.WhenAll(silos.Select(s => s.WaitReadyAsync(cancellationToken)));
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // the client learns the new gateways
            var threeSilos = await PinFlipWorkload.RateAsync(grains, population, cards, InFlight, perMeasurement, cancellationToken);

            using var log = new AcknowledgedLogWriter(Path.Combine(workDirectory, "bench-kill.jsonl"), "mynumber");
            var running = new CardToggleWorkload(grains, cards, log).RunAsync(8, TimeSpan.FromSeconds(15), cancellationToken);
            const double KillAt = 3;
            await Task.Delay(TimeSpan.FromSeconds(KillAt), cancellationToken);
            silos[1].KillHard();
            var run = await running;
            var recovery = Math.Max(0, (run.LastFailureAfter(KillAt) ?? KillAt) - KillAt);

            return
            [
                new FleetFigure("cluster.pg-write", storage.GrainWritesPerSecond, "writes/s", storage.RawUpsertsPerSecond, 0.5, HigherIsBetter: true),
                new FleetFigure("cluster.scale-out", threeSilos, "ops/s", oneSilo, 1.0, HigherIsBetter: true),
                new FleetFigure("cluster.kill-recovery", recovery, "s", DetectionSeconds, 2.0, HigherIsBetter: false),
            ];
        }
        finally
        {
            foreach (var silo in silos) silo.Dispose();
            client?.Dispose();
        }
    }
}
