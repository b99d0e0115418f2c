using HdrHistogram;
using MyNumber.Load.Engine;
using MyNumber.Load.Measurement;

namespace MyNumber.Load.Thresholds;

/// <summary>Checks thresholds on the cumulative measurements, during the run and at its end.</summary>
internal sealed class ThresholdEvaluator(IReadOnlyList<Threshold> thresholds)
{
    private readonly double?[] actual = new double?[thresholds.Count];
    private readonly double?[] firstFailedAt = new double?[thresholds.Count];
    private readonly string?[] problems = new string?[thresholds.Count];
    private readonly bool[] passedAtEnd = new bool[thresholds.Count];
    private int abortedBy = -1;
    private LongHistogram? merged;

    /// <summary>During the run: returns why the run must abort, or null.</summary>
    public string? CheckDuringRun(IReadOnlyList<ScenarioRun> runs, double elapsedSeconds)
    {
        for (int i = 0; i < thresholds.Count; i++)
        {
            var t = thresholds[i];
            if (elapsedSeconds < t.StartCheckAfter.TotalSeconds) continue;
            if (Evaluate(i, runs, elapsedSeconds) || !t.AbortOnFail) continue;
            abortedBy = i;
            return $"threshold failed: {t} (was {actual[i]:0.###})";
        }
        return null;
    }

    public IReadOnlyList<ThresholdResult> CheckAtEnd(IReadOnlyList<ScenarioRun> runs, double elapsedSeconds)
    {
        var results = new ThresholdResult[thresholds.Count];
        for (int i = 0; i < thresholds.Count; i++)
        {
            passedAtEnd[i] = Evaluate(i, runs, elapsedSeconds);
            bool aborted = abortedBy == i;
            results[i] = new ThresholdResult(thresholds[i].ToString(), thresholds[i], actual[i], passedAtEnd[i] && !aborted, aborted,
                firstFailedAt[i], problems[i]);
        }
        return results;
    }

    private bool Evaluate(int i, IReadOnlyList<ScenarioRun> runs, double elapsedSeconds)
    {
        var t = thresholds[i];
        double? value = ValueOf(t, runs, elapsedSeconds, out string? problem);
        problems[i] = problem;
        actual[i] = value;
        bool passed = value is { } v && t.IsSatisfiedBy(v);
        if (!passed) firstFailedAt[i] ??= Math.Round(elapsedSeconds, 3);
        return passed;
    }

    private double? ValueOf(Threshold t, IReadOnlyList<ScenarioRun> runs, double elapsedSeconds, out string? problem)
    {
        problem = null;
        var run = runs.FirstOrDefault(r => r.Name == t.Scenario);
        if (run is null)
        {
            problem = "the scenario did not run";
            return null;
        }
        var scenario = run.Metrics;
        OutcomeMetrics? m = t.Step is null ? scenario : scenario.FindStep(t.Step);
        if (m is null)
        {
            problem = $"the step '{t.Step}' never ran";
            return null;
        }
        return t.Metric switch
        {
            ThresholdMetric.OkCount => m.Ok,
            ThresholdMetric.FailCount => m.Failed,
            ThresholdMetric.FailPercent => m.Completed == 0 ? 0 : 100.0 * m.Failed / m.Completed,
            ThresholdMetric.DroppedCount => scenario.Dropped,
            ThresholdMetric.DroppedPercent => scenario.Offered == 0 ? 0 : 100.0 * scenario.Dropped / scenario.Offered,
            ThresholdMetric.AchievedRate => elapsedSeconds <= 0 ? 0 : m.Completed / elapsedSeconds,
            ThresholdMetric.Latency => Read(t, m.Latency, m.FailedLatency),
            ThresholdMetric.ServiceTime => Read(t, m.ServiceTime, m.FailedServiceTime),
            _ => LatencySummaries.At(scenario.SchedulingLag.Cumulative, t.Percentile),
        };
    }

    private double Read(Threshold t, LatencyRecorder ok, LatencyRecorder? failed)
    {
        if (t.Outcome == LatencyOutcome.Ok) return LatencySummaries.At(ok.Cumulative, t.Percentile);
        if (t.Outcome == LatencyOutcome.Failed) return failed is null ? 0 : LatencySummaries.At(failed.Cumulative, t.Percentile);
        // Percentiles of the union need the union's histogram: the two sets' percentiles cannot be combined.
        merged ??= new LongHistogram(1, LatencyRecorder.HighestMicros, 3);
        merged.Reset();
        merged.Add(ok.Cumulative);
        if (failed is not null) merged.Add(failed.Cumulative);
        return LatencySummaries.At(merged, t.Percentile);
    }
}
