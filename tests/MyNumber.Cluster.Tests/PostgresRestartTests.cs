using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Silo.Cluster;
using MyNumber.Silo.Verification;

namespace MyNumber.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class PostgresRestartTests
{
    [ClusterFact(DisplayName = "PostgreSQL stopped and restarted mid-run: clear storage errors while down, automatic recovery, nothing acknowledged lost")]
    public async Task DatabaseRestartedMidRun()
    {
        Assert.True(PostgresServer.DataDirectory is not null,
            "the PostgreSQL data directory of scripts/services/postgres.sh was not found (MYNUMBER_PG_DATA or MYNUMBER_TEST_RUN_DIR)");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(100));
        var ct = timeout.Token;
        await using var rig = await ClusterRig.StartAsync("pg-restart", 2, ct);
        var cards = await CardToggleWorkload.FindActiveCardsAsync(rig.Client, 32, 2_000, ct);
        var logPath = Path.Combine(rig.Artifacts, "ack.jsonl");
        WorkloadResult run;
        var stopped = false;
        try
        {
            using var log = new AcknowledgedLogWriter(logPath, "mynumber");
            var running = new CardToggleWorkload(rig.Client, cards, log).RunAsync(workers: 6, TimeSpan.FromSeconds(16), ct);
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
            await PostgresServer.StopAsync(ct);
            stopped = true;
            await Task.Delay(TimeSpan.FromSeconds(4), ct);
            await PostgresServer.StartAsync(ct);
            stopped = false;
            run = await running;
        }
        finally
        {
            // Never leave the shared server down for the tests that follow.
            if (stopped) await PostgresServer.StartAsync(CancellationToken.None);
        }

        await File.WriteAllLinesAsync(Path.Combine(rig.Artifacts, "run.txt"),
            [$"acknowledged {run.Acknowledged}, failed {run.Failed}, {run.Elapsed.TotalSeconds:F1} s", .. run.Faults], ct);
        Assert.True(run.Failed > 0, "no operation failed while PostgreSQL was down");
        Assert.Contains(run.Faults, f => f.Contains("Grain storage unavailable", StringComparison.Ordinal));
        var lastFailure = run.LastFailureAfter(0) ?? 0;
        Assert.True(run.Timeline.Any(e => e.Ok && e.At > lastFailure), "no operation was acknowledged after the last failure");

        // Recovery without anyone's help: a fresh stretch of work runs clean.
        using (var probe = new AcknowledgedLogWriter(Path.Combine(rig.Artifacts, "probe.jsonl"), "mynumber"))
        {
            await ClusterRig.WaitUntilAsync(async () =>
            {
                var r = await new CardToggleWorkload(rig.Client, cards, probe).RunAsync(4, TimeSpan.FromSeconds(2), ct);
                return r.Failed == 0 && r.Acknowledged > 0;
            }, TimeSpan.FromSeconds(30), ct);
        }

        var stored = await StoredCards.ReadStatusesAsync(rig.Database.ConnectionString, "mynumber", ct);
        var ops = AcknowledgedLog.Read(logPath).Concat(AcknowledgedLog.Read(Path.Combine(rig.Artifacts, "probe.jsonl"))
            .Select((o, i) => o with { Sequence = 1_000_000 + i }));
        var report = LogReconciler.Reconcile(ops, stored);
        Assert.True(report.NothingMissing, string.Join("\n", report.Missing));
    }
}
