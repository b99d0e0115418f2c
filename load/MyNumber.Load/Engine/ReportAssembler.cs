using MyNumber.Load.Measurement;
using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>Turns a finished phase's measurements into the run report and its exit code.</summary>
internal static class ReportAssembler
{
    public static RunReport Assemble(DateTimeOffset startedAtUtc, LoadRunner settings, PhaseOutcome phase, ThresholdEvaluator evaluator, GeneratorMonitor monitor, ILoadClock clock, string dispatcherSetup,
        (int Count, double LongestMs)? gcPauses)
    {
        double frequency = clock.Frequency;
        var generator = monitor.Report(phase.End, gcPauses) with { Setup = dispatcherSetup };
        var thresholds = evaluator.CheckAtEnd(phase.Runs, (phase.OfferingEnd - phase.Start) / frequency);
        var scenarios = phase.Runs.Select(r => Scenario(r, phase.Trackers[r.Name], frequency)).ToList();
        int exitCode = !generator.IsValid ? RunExitCode.InvalidRun
            : thresholds.Any(t => !t.Passed) ? RunExitCode.ThresholdsFailed
            : RunExitCode.Passed;
        return new RunReport(RunReport.CurrentSchemaVersion, Guid.NewGuid().ToString("n")[..12], startedAtUtc,
            Math.Round((phase.End - phase.Start) / frequency, 6), settings.ReportingInterval.TotalSeconds, generator, scenarios, thresholds,
            phase.AbortReason is not null, phase.AbortReason, exitCode);
    }

    private static ScenarioReport Scenario(ScenarioRun run, IntervalTracker tracker, double frequency)
    {
        var m = run.Metrics;
        double seconds = Math.Max(1e-9, (run.OfferingEndedAt - run.StartedAt) / frequency);
        var steps = m.Steps.Select(s => new StepReport(s.Key, s.Value.Ok, s.Value.Failed, s.Value.FailuresByReason(),
            LatencySummaries.From(s.Value.Latency.Cumulative), LatencySummaries.From(s.Value.ServiceTime.Cumulative))
        {
            FailedLatency = LatencySummaries.From(s.Value.FailedLatency),
            FailedServiceTime = LatencySummaries.From(s.Value.FailedServiceTime),
        }).ToList();
        long clamped = m.Clamped + m.SchedulingLag.Clamped;
        return new ScenarioReport(run.Name, run.Scenario.Simulations.Select(s => s.ToString()).ToList(), run.Scenario.Concurrency.ToString(),
            Math.Round(seconds, 6), m.Offered, m.Started, m.Completed, m.Ok, m.Failed, m.Dropped, m.Started - m.Completed, m.MaxInFlight,
            m.Offered / seconds, m.Completed / seconds, m.FailuresByReason(), LatencySummaries.From(m.Latency.Cumulative),
            LatencySummaries.From(m.ServiceTime.Cumulative), LatencySummaries.From(m.SchedulingLag.Cumulative), clamped, steps, tracker.Intervals)
        {
            FailedLatency = LatencySummaries.From(m.FailedLatency),
            FailedServiceTime = LatencySummaries.From(m.FailedServiceTime),
            LoadSummary = LoadSimulationSummary.Describe(run.Scenario.Simulations),
        };
    }
}
