using MyNumber.Cli.Running;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Replay;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Load.Scenarios.Tests.Running;

[Collection(FleetCollection.Name)]
public sealed class RecordReplayTests
{
    private static async Task<ScenarioRunResult> RunOnFreshFleet(Definition.ScenarioDefinition scenario, string directory)
    {
        var setup = Fleet.FleetSetup.For(scenario, Definition.ScaleSpec.Bunkyo, scenario.Calendar.Start);
        await using var fleet = await InProcessFleet.StartAsync(setup, scenario.Calendar.Start);
        return await ScenarioRunner.RunAsync(scenario, fleet.Connection, TestScenarios.Options(directory, TimeSpan.FromSeconds(2)));
    }

    [Fact(DisplayName = "Same scenario, seed and build give a byte-identical outcome log; replay reproduces it; diff finds an injected change")]
    public async Task RecordReplayDiff()
    {
        var scenario = TestScenarios.FromNine(TestScenarios.Load("application-peak-2023-02-28"));
        var first = await RunOnFreshFleet(scenario, TestScenarios.TempDirectory("first"));
        var second = await RunOnFreshFleet(scenario, TestScenarios.TempDirectory("second"));

        var log = OperationLog.Read(first.OperationLogPath);
        Assert.True(log.Records.Count > 100, $"only {log.Records.Count} operations ran");
        Assert.Contains(log.Records, r => r.Operation == "handover" && r.Outcome == "ok");
        Assert.Equal(0, first.Counters.Faults);
        Assert.Equal(File.ReadAllBytes(first.OperationLogPath), File.ReadAllBytes(second.OperationLogPath));
        Assert.DoesNotContain("latency", File.ReadAllText(first.OperationLogPath), StringComparison.Ordinal);

        // The header names the fleet (population as of, mix, counters): the replay starts the same one.
        Assert.NotNull(log.Header.Fleet);
        await using (var fleet = await InProcessFleet.StartAsync(log.Header.Fleet!, log.Header.SimulatedStart))
        {
            var replay = await ReplayRunner.RunAsync(log, fleet.Connection, TestScenarios.TempDirectory("replay"));
            Assert.True(replay.Difference.Identical, string.Join("\n", replay.Difference.Mismatches.Take(5)));
            Assert.Equal(File.ReadAllBytes(first.OperationLogPath), File.ReadAllBytes(replay.OutcomeLogPath));
        }

        var changed = log.Records.ToList();
        int victim = changed.FindIndex(r => r.Outcome == "ok");
        changed[victim] = changed[victim] with { Outcome = "refused", Reason = "pin.locked" };
        var difference = LogDifference.Between(log.Records, changed);
        var only = Assert.Single(difference.Mismatches);
        Assert.Equal(log.Records[victim].Sequence, only.Sequence);
        Assert.Equal(1, difference.ByChange[$"{log.Records[victim].Operation}: ok → pin.locked"]);
    }
}
