using System.Diagnostics;
using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Audit;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Planning;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// Runs a scenario file against a fleet: plans it, drives the engine, records the operation log, writes
/// every report format and judges the thresholds. What `mynumber run` does after it has a fleet.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Problems that stop a scenario before any load (operations this build cannot drive).</summary>
    public static IReadOnlyList<string> Validate(ScenarioDefinition scenario) => OperationLibrary.UnsupportedIn(scenario);

    public static ArrivalPlan Plan(ScenarioDefinition scenario, ScenarioRunOptions options) =>
        ArrivalPlan.Build(scenario, options.Scale, options.Duration, options.Seed);

    public static OperationLogHeader Header(ArrivalPlan plan, ScenarioRunOptions options, FleetSetup? fleet = null) => new(
        OperationLogHeader.CurrentVersion, plan.Scenario.Name, plan.Seed, options.Scale.Name, options.Scale.Residents,
        plan.Scenario.Population.Seed, options.Build, plan.Scenario.Clock.Mode.ToString().ToLowerInvariant(), plan.Factor,
        plan.SimulatedStart, plan.SimulatedEnd, plan.TotalArrivals) { Fleet = fleet };

    public static async Task<ScenarioRunResult> RunAsync(ScenarioDefinition scenario, FleetConnection fleet, ScenarioRunOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        var problems = Validate(scenario);
        if (problems.Count > 0) throw new InvalidOperationException($"scenario {scenario.Name} cannot run: " + string.Join("; ", problems));
        var plan = Plan(scenario, options);
        await FleetWarmUp.RunAsync(fleet, plan.SimulatedStart, plan.Seed).ConfigureAwait(false);
        var counters = new RunCounters();
        var crossings = new FaultCrossings(scenario.Faults);
        var watch = Stopwatch.StartNew();
        RunReport report;
        string logPath;
        var overlaps = new ResidentOverlaps();
        using (var recorder = new OperationRecorder(options.ReportDirectory, Header(plan, options, fleet.Setup)))
        {
            logPath = recorder.OutcomePath;
            var engineScenario = FleetScenarioBuilder.Build(plan, fleet, counters, recorder,
                ConcurrencyLimit.Drop(options.MaxInFlight), options.SteppedCopies, crossings, overlaps);
            var runner = LoadRunner.Create(engineScenario).WithReportingInterval(options.ReportingInterval);
            if (options.Annotations is not null) runner = runner.WithAnnotationSink(options.Annotations);
            using var console = options.LiveConsole ? new ConsoleRunObserver() : null;
            if (console is not null) runner = runner.WithObserver(console);
            // Stepped runs go as fast as the fleet allows; the duration caps them.
            using var cap = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            if (plan.Stepped) cap.CancelAfter(options.Duration);
            report = await runner.RunAsync(cap.Token).ConfigureAwait(false);
            overlaps.Close();
        }
        var audit = await StateAudit.RunAsync(fleet, OperationLog.Read(logPath).Records, overlaps, cancellationToken).ConfigureAwait(false);
        var verdict = VerdictEvaluator.Evaluate(scenario, report, counters, plan, fleet.InjectedFaults.Contains, crossings, audit);
        // Each fault's errors are known only once the run has drained, so its annotation joins the report here.
        report = report with
        {
            Annotations = [.. report.Annotations.Concat(verdict.Faults.Select(f => f.ToAnnotation(report.DurationSeconds)).OfType<RunAnnotation>())
                .OrderBy(a => a.StartSeconds)],
        };
        ReportWriter.WriteAll(report, options.ReportDirectory);
        await File.WriteAllTextAsync(Path.Combine(options.ReportDirectory, "verdict.md"), verdict.ToMarkdown(), cancellationToken).ConfigureAwait(false);
        return new ScenarioRunResult(report, verdict, plan, counters, options.ReportDirectory,
            Path.Combine(options.ReportDirectory, "report.html"), logPath, watch.Elapsed.TotalSeconds);
    }
}
