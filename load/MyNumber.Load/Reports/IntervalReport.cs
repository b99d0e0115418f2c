namespace MyNumber.Load.Reports;

/// <summary>One reporting interval of one scenario: counts in the interval and its latency percentiles (of successes).</summary>
public sealed record IntervalReport(
    double StartSeconds,
    double EndSeconds,
    long Offered,
    long Started,
    long Completed,
    long Ok,
    long Failed,
    long Dropped,
    long InFlight,
    double OfferedRate,
    double AchievedRate,
    double LatencyP50Ms,
    double LatencyP90Ms,
    double LatencyP99Ms,
    double LatencyMaxMs,
    double ServiceTimeP99Ms)
{
    /// <summary>p99 of the interval's failed iterations, from the intended start (0 when none failed).</summary>
    public double FailedLatencyP99Ms { get; init; }
}
