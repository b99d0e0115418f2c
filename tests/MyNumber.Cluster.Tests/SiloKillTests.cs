using MyNumber.Cli.Commands;
using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Contracts.Cards;
using MyNumber.Silo.Cluster;
using MyNumber.Silo.Verification;

namespace MyNumber.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SiloKillTests
{
    [ClusterFact(DisplayName = "Three silo processes: one SIGKILLed mid-run is marked dead, its cards come back elsewhere, nothing acknowledged is lost")]
    public async Task SiloKilledMidRun()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(100));
        var ct = timeout.Token;
        await using var rig = await ClusterRig.StartAsync("silo-kill", 3, ct);
        var cards = await CardToggleWorkload.FindActiveCardsAsync(rig.Client, 48, 1_000, ct);
        Assert.Equal(48, cards.Count);
        var logPath = Path.Combine(rig.Artifacts, "ack.jsonl");
        WorkloadResult run;
        const double KillAt = 4;
        using (var log = new AcknowledgedLogWriter(logPath, "mynumber"))
        {
            var workload = new CardToggleWorkload(rig.Client, cards, log);
            var running = workload.RunAsync(workers: 8, TimeSpan.FromSeconds(16), ct);
            await Task.Delay(TimeSpan.FromSeconds(KillAt), ct);
            rig.Silos[1].KillHard();
            run = await running;
        }

        await File.WriteAllLinesAsync(Path.Combine(rig.Artifacts, "run.txt"),
            [$"acknowledged {run.Acknowledged}, failed {run.Failed}, {run.Elapsed.TotalSeconds:F1} s", .. run.Faults], ct);
        // Membership converges: the survivors declare the killed silo dead in the table.
        await ClusterRig.WaitUntilAsync(async () => await rig.MembershipStatusAsync(rig.Silos[1], ct) == 6, TimeSpan.FromSeconds(30), ct);
        Assert.Equal(3, await rig.MembershipStatusAsync(rig.Silos[0], ct));
        Assert.Equal(3, await rig.MembershipStatusAsync(rig.Silos[2], ct));

        // Every card answers again (those that lived on the dead silo were activated on a survivor).
        var snapshots = await Task.WhenAll(cards.Select(k => rig.Client.GetGrain<ICardGrain>(k).GetAsync()));
        Assert.All(snapshots, s => Assert.Contains(s.Status, new[] { CardStatus.Active, CardStatus.Suspended }));
        Assert.True(run.Timeline.Any(e => e.Ok && e.At > KillAt + 1), "no operation was acknowledged after the kill");

        var stored = await StoredCards.ReadStatusesAsync(rig.Database.ConnectionString, "mynumber", ct);
        var report = LogReconciler.Reconcile(AcknowledgedLog.Read(logPath), stored);
        Assert.True(report.AcknowledgedOperations > 50, $"only {report.AcknowledgedOperations} operations acknowledged");
        Assert.True(report.NothingMissing, string.Join("\n", report.Missing));

        // The same through the command line; then a forged acknowledgement that storage cannot have.
        var output = new StringWriter();
        var verify = new[] { "verify-log", logPath, "--profile", "cluster", "--connection-string", rig.Database.ConnectionString };
        Assert.Equal(0, await MyNumber.Cli.CliApp.RunAsync(verify, output, output));
        Assert.Contains("nothing missing", output.ToString(), StringComparison.Ordinal);
        var forgedCard = cards[0];
        var opposite = stored[forgedCard] == CardStatus.Active ? CardStatus.Suspended : CardStatus.Active;
        await File.AppendAllTextAsync(logPath,
            AcknowledgedLog.Line(new AcknowledgedOperation(long.MaxValue, forgedCard, "forged", opposite, true)) + "\n", ct);
        output = new StringWriter();
        Assert.Equal(VerifyLogCommand.SomethingMissing, await MyNumber.Cli.CliApp.RunAsync(verify, output, output));
        Assert.Contains($"missing: {forgedCard}", output.ToString(), StringComparison.Ordinal);
    }
}
