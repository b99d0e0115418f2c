namespace MyNumber.Load.Reports;

/// <summary>A latency distribution in milliseconds (measured in microseconds, 3 significant digits).</summary>
public sealed record LatencySummary(
    long Count,
    double MeanMs,
    double P50Ms,
    double P75Ms,
    double P90Ms,
    double P95Ms,
    double P99Ms,
    double P999Ms,
    double P9999Ms,
    double MaxMs,
    IReadOnlyList<PercentilePoint> Distribution)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, []);
}
