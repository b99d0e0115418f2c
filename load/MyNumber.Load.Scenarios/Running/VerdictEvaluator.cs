using System.Globalization;
using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Audit;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Operations;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// Checks a scenario's thresholds against the engine's report and the run's outcome counters. Rates are
/// shares of completed operations: faults for error-rate, refusals for rejection-rate; lost operations are
/// the dropped and the unfinished. Metrics that need grains this build lacks are listed as not measured.
/// </summary>
public static class VerdictEvaluator
{
    private static readonly Dictionary<string, string> Unmeasured = new(StringComparer.Ordinal)
    {
        ["residents-turned-away"] = "the municipality grain has no daily cap in this build",
    };

    public static ScenarioVerdict Evaluate(ScenarioDefinition scenario, RunReport report, RunCounters counters) =>
        Evaluate(scenario, report, counters, null, _ => false);

    /// <summary>
    /// The verdict with the fault timeline: each of the scenario's faults placed on the run's clock, marked
    /// injected or not, with its errors. Real and accelerated time place it by the plan (the fleet clock runs
    /// with the wall clock from the start); stepped time where <paramref name="crossings"/> saw the fleet clock
    /// pass it, a window the run never left ending with the run.
    /// </summary>
    /// <param name="audit">The state audit after the run drained; null: none was run, so state-mismatches is not measured.</param>
    public static ScenarioVerdict Evaluate(ScenarioDefinition scenario, RunReport report, RunCounters counters, Planning.ArrivalPlan? plan, Func<FaultKind, bool> injected,
        FaultCrossings? crossings = null, StateAuditResult? audit = null)
    {
        ArgumentNullException.ThrowIfNull(injected);
        return EvaluateThresholds(scenario, report, counters, audit) with
        {
            StateAudit = audit,
            Faults = [.. scenario.Faults.Select(f =>
            {
                var (start, end) = Wall(plan, crossings, report, f);
                return new FaultTimelineEntry(f.Kind, f.At, f.At + f.Duration, start, end, injected(f.Kind), counters.FaultsBetween(f.At, f.At + f.Duration), f.Note);
            })],
        };
    }

    private static (double? Start, double? End) Wall(Planning.ArrivalPlan? plan, FaultCrossings? crossings, RunReport report, FaultSpec fault)
    {
        if (plan is null) return (null, null);
        if (!plan.Stepped) return (Planned(plan, fault.At), Planned(plan, fault.At + fault.Duration));
        if (crossings?.SecondsAt(fault.At) is not { } start) return (null, null);
        return (Math.Max(0, start), Math.Max(0, crossings.SecondsAt(fault.At + fault.Duration) ?? report.DurationSeconds));
    }

    private static double Planned(Planning.ArrivalPlan plan, DateTimeOffset at) => Math.Max(0, (at - plan.SimulatedStart).TotalSeconds / plan.Factor);

    private static ScenarioVerdict EvaluateThresholds(ScenarioDefinition scenario, RunReport report, RunCounters counters, StateAuditResult? audit)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(report);
        var run = report.Scenarios.Single(s => s.Name == scenario.Name);
        var checks = scenario.Thresholds.Select(t => t.Metric == "state-mismatches" ? StateMismatches(t, audit) : Check(t, run, counters)).ToList();
        var invalid = new List<string>(report.Generator.InvalidReasons);
        if (report.Aborted) invalid.Add("run cut short: " + report.AbortReason);
        var kind = invalid.Count > 0 ? VerdictKind.Invalid
            : checks.Any(c => c.Status == ThresholdStatus.Breached) ? VerdictKind.Fail
            : VerdictKind.Pass;
        return new ScenarioVerdict(kind, checks, invalid, run.Completed, run.Latency.P99Ms);
    }

    private static ThresholdCheck Check(ThresholdSpec t, ScenarioReport run, RunCounters counters)
    {
        string description = Describe(t);
        if (Unmeasured.TryGetValue(t.Metric, out var why)) return new ThresholdCheck(description, ThresholdStatus.NotMeasured, null, why);
        double completed = Math.Max(1, run.Completed);
        double? measured = t.Metric switch
        {
            "error-rate" => counters.Faults / completed,
            "rejection-rate" => counters.Refused / completed,
            "throughput" => run.AchievedRate,
            "lost-operations" => run.Dropped + run.Unfinished,
            "wrong-person-verifications" => counters.CountOf(OperationOutcome.WrongPersonVerification),
            "wrong-person-issuances" => counters.CountOf(OperationOutcome.WrongPersonIssuance),
            "counter-wait-p99" => counters.CounterWaitMs(99),
            "counter-wait-max" => counters.CounterWaitMs(100),
            _ => Latency(t, run),
        };
        if (measured is not { } value)
            return new ThresholdCheck(description, ThresholdStatus.NotMeasured, null, $"no {t.Step ?? "counter"} operations ran");
        return new ThresholdCheck(description, t.IsMetBy(value) ? ThresholdStatus.Met : ThresholdStatus.Breached, value, null);
    }

    /// <summary>Measured only when residents were audited: a run that could check nobody must not pass silently.</summary>
    private static ThresholdCheck StateMismatches(ThresholdSpec t, StateAuditResult? audit)
    {
        string description = Describe(t);
        if (audit is null) return new ThresholdCheck(description, ThresholdStatus.NotMeasured, null, "no state audit in this run");
        if (audit.Audited == 0) return new ThresholdCheck(description, ThresholdStatus.NotMeasured, null, "state audit: " + audit.Describe());
        double value = audit.MismatchCount;
        return new ThresholdCheck(description, t.IsMetBy(value) ? ThresholdStatus.Met : ThresholdStatus.Breached, value, "state audit: " + audit.Describe());
    }

    private static double? Latency(ThresholdSpec t, ScenarioReport run)
    {
        LatencySummary? summary = t.Step is null ? run.Latency : run.Steps.FirstOrDefault(s => s.Name == t.Step)?.Latency;
        if (summary is null || summary.Count == 0) return null;
        return t.Metric switch
        {
            "latency-p50" => summary.P50Ms,
            "latency-p90" => summary.P90Ms,
            "latency-p99" => summary.P99Ms,
            "latency-p999" => summary.P999Ms,
            _ => summary.MaxMs,
        };
    }

    private static string Describe(ThresholdSpec t)
    {
        string op = t.Comparison switch
        {
            ThresholdComparison.LessThan => "<",
            ThresholdComparison.LessThanOrEqual => "<=",
            ThresholdComparison.GreaterThan => ">",
            ThresholdComparison.GreaterThanOrEqual => ">=",
            _ => "==",
        };
        string unit = ThresholdMetrics.All.TryGetValue(t.Metric, out var kind) && kind == ThresholdValueKind.Duration ? " ms" : "";
        string target = t.Step is null ? t.Metric : $"{t.Metric}[{t.Step}]";
        return string.Create(CultureInfo.InvariantCulture, $"{target} {op} {t.Value}{unit}");
    }
}
