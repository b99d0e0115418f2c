using System.Globalization;
using MyNumber.Load.Reports;

namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>
/// Finds the highest sustainable rate: doubles the offered rate until the SLO breaks, then bisects between
/// the last rate that held and the first that did not until they are within <c>resolution</c> of each
/// other. Latency counts from the intended start, so a generator that fell behind shows in the SLO; the
/// trial still says so (<see cref="RateTrial.GeneratorValid"/>).
/// </summary>
public static class CapacitySearch
{
    public static async Task<CapacityResult> RunAsync(
        Func<double, CancellationToken, Task<ScenarioReport>> trial, SloSpec slo, double startRate, double maxRate,
        double resolution = 0.05, int maxTrials = 14, Func<ScenarioReport, bool>? generatorValid = null,
        Action<RateTrial>? onTrial = null, Func<string, bool>? isError = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(slo);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(startRate);
        var trials = new List<RateTrial>();
        RateTrial? pass = null, fail = null;
        async Task<RateTrial> Try(double rate)
        {
            var report = await trial(rate, cancellationToken).ConfigureAwait(false);
            var t = Judge(rate, report, slo, generatorValid?.Invoke(report) ?? true, isError);
            trials.Add(t);
            onTrial?.Invoke(t);
            return t;
        }
        for (double rate = startRate; trials.Count < maxTrials; rate *= 2)
        {
            var t = await Try(Math.Min(rate, maxRate)).ConfigureAwait(false);
            if (!t.Passed)
            {
                fail = t;
                break;
            }
            pass = t;
            if (rate >= maxRate) break;
        }
        while (fail is not null && trials.Count < maxTrials)
        {
            double lo = pass?.OfferedRate ?? 0;
            if (lo > 0 && (fail.OfferedRate - lo) / lo <= resolution) break;
            if (lo == 0 && fail.OfferedRate <= startRate * resolution) break;
            var t = await Try((lo + fail.OfferedRate) / 2).ConfigureAwait(false);
            if (t.Passed) pass = t;
            else fail = t;
        }
        return new CapacityResult(slo, pass, fail, trials);
    }

    /// <summary>
    /// Judges one trial. Errors are dropped and unfinished arrivals plus the failures <paramref name="isError"/>
    /// counts (all of them by default; the fleet counts faults, not the Domain's refusals).
    /// </summary>
    public static RateTrial Judge(double rate, ScenarioReport report, SloSpec slo, bool generatorValid, Func<string, bool>? isError = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(slo);
        double offered = Math.Max(1, report.Offered);
        long failed = isError is null ? report.Failed : report.FailuresByReason.Where(f => isError(f.Key)).Sum(f => f.Value);
        double errors = 100.0 * (failed + report.Dropped + report.Unfinished) / offered;
        var latencies = new Dictionary<double, double>();
        var why = new List<string>();
        foreach (var c in slo.Conditions)
        {
            double value = c.Metric == SloCondition.Errors ? errors : Percentile(report.Latency, c.Percentile);
            if (c.Metric == SloCondition.Latency) latencies[c.Percentile] = value;
            if (!c.IsMetBy(value)) why.Add(string.Create(CultureInfo.InvariantCulture, $"{c} broken at {value:0.###}"));
        }
        return new RateTrial(rate, report.AchievedRate, latencies, errors, generatorValid, why.Count == 0, why.Count == 0 ? null : string.Join("; ", why));
    }

    /// <summary>A percentile from the summary's fixed points, else from its distribution (the first point at or above it).</summary>
    private static double Percentile(LatencySummary s, double p) => p switch
    {
        >= 100 => s.MaxMs,
        99.99 => s.P9999Ms,
        99.9 => s.P999Ms,
        99 => s.P99Ms,
        95 => s.P95Ms,
        90 => s.P90Ms,
        75 => s.P75Ms,
        50 => s.P50Ms,
        _ => s.Distribution.FirstOrDefault(d => d.Percentile >= p)?.ValueMs ?? s.MaxMs,
    };
}
