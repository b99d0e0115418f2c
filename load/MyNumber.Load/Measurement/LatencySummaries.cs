using HdrHistogram;
using MyNumber.Load.Reports;

namespace MyNumber.Load.Measurement;

/// <summary>Reads the report's percentiles out of a microsecond histogram.</summary>
internal static class LatencySummaries
{
    private static readonly double[] DistributionPercentiles =
        [0, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 92.5, 95, 97.5, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100];

    public static LatencySummary From(HistogramBase h)
    {
        if (h.TotalCount == 0) return LatencySummary.Empty;
        var distribution = DistributionPercentiles.Select(p => new PercentilePoint(p, At(h, p))).ToArray();
        return new LatencySummary(h.TotalCount, Math.Round(h.GetMean() / 1000.0, 3), At(h, 50), At(h, 75), At(h, 90), At(h, 95),
            At(h, 99), At(h, 99.9), At(h, 99.99), At(h, 100), distribution);
    }

    /// <summary>The cumulative summary of a recorder that may not exist yet (no failures so far).</summary>
    public static LatencySummary From(LatencyRecorder? recorder) => recorder is null ? LatencySummary.Empty : From(recorder.Cumulative);

    /// <summary>The value at a percentile in milliseconds; 100 is the exact maximum.</summary>
    public static double At(HistogramBase h, double percentile)
    {
        if (h.TotalCount == 0) return 0;
        long micros = percentile >= 100 ? h.GetMaxValue() : h.GetValueAtPercentile(percentile);
        return micros / 1000.0;
    }
}
