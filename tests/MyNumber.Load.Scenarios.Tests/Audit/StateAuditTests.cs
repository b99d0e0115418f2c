using MyNumber.Cli.Running;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Residents;
using MyNumber.Load.Scenarios.Audit;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Running;
using MyNumber.Load.Scenarios.Tests.Running;

namespace MyNumber.Load.Scenarios.Tests.Audit;

[Collection(FleetCollection.Name)]
public sealed class StateAuditTests
{
    [Fact(DisplayName = "State audit: a short application peak audits residents with 0 mismatches; a card suspended behind the log's back is counted; nothing audited is not measured")]
    public async Task AuditAfterApplicationPeak()
    {
        var scenario = TestScenarios.FromNine(TestScenarios.Load("application-peak-2023-02-28"));
        var setup = Fleet.FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start);
        var directory = TestScenarios.TempDirectory("audit");
        await using var fleet = await InProcessFleet.StartAsync(setup, scenario.Calendar.Start);
        var run = await ScenarioRunner.RunAsync(scenario, fleet.Connection, TestScenarios.Options(directory, TimeSpan.FromSeconds(2)));

        var audit = Assert.IsType<StateAuditResult>(run.Verdict.StateAudit);
        Assert.True(audit.Audited > 0, audit.Describe());
        Assert.Empty(audit.Mismatches);
        var check = Assert.Single(run.Verdict.Checks, c => c.Description.StartsWith("state-mismatches", StringComparison.Ordinal));
        Assert.Equal(ThresholdStatus.Met, check.Status);
        Assert.Equal(0, check.Actual);
        Assert.Contains($"state audit: {audit.Audited:N0} audited", run.Verdict.Line("report.html"), StringComparison.Ordinal);
        Assert.Contains($"{audit.Audited:N0} audited", File.ReadAllText(Path.Combine(directory, "verdict.md")), StringComparison.Ordinal);

        // Behind the log's back: a resident the log leaves with an active card has it suspended by a direct grain call.
        var records = OperationLog.Read(run.OperationLogPath).Records;
        var (expectations, _) = StateExpectations.From(records);
        var victim = expectations.First(e => e.Allowed.SetEquals([CardStatus.Active]));
        var resident = await fleet.Connection.Grains.GetGrain<IResidentGrain>(FleetKeys.Resident(victim.ResidentIndex)).GetAsync();
        var suspended = await fleet.Connection.Grains.GetGrain<ICardGrain>(resident!.CardKey!).SuspendAsync();
        Assert.True(suspended.Accepted, suspended.Reason);

        var after = await StateAudit.RunAsync(fleet.Connection, records);
        var mismatch = Assert.Single(after.Mismatches);
        Assert.Equal(victim.ResidentIndex, mismatch.ResidentIndex);
        Assert.Equal(CardStatus.Suspended, mismatch.Actual);
        var breached = VerdictEvaluator.Evaluate(scenario, run.Report, run.Counters, run.Plan, _ => false, null, after);
        Assert.Equal(ThresholdStatus.Breached, breached.Checks.Single(c => c.Description.StartsWith("state-mismatches", StringComparison.Ordinal)).Status);

        // A run where nothing could be audited says so, and the threshold is not measured, never met.
        var nothing = await StateAudit.RunAsync(fleet.Connection, []);
        Assert.StartsWith("0 audited", nothing.Describe(), StringComparison.Ordinal);
        var unaudited = VerdictEvaluator.Evaluate(scenario, run.Report, run.Counters, run.Plan, _ => false, null, nothing);
        var notMeasured = unaudited.Checks.Single(c => c.Description.StartsWith("state-mismatches", StringComparison.Ordinal));
        Assert.Equal(ThresholdStatus.NotMeasured, notMeasured.Status);
        Assert.Contains("0 audited", notMeasured.Note, StringComparison.Ordinal);
        Assert.Contains("state audit: 0 audited", unaudited.Line("report.html"), StringComparison.Ordinal);
    }
}
