namespace MyNumber.Load.Reports;

/// <summary>A measured sub-step of a scenario over the whole run; Latency and ServiceTime are its successes'.</summary>
public sealed record StepReport(
    string Name,
    long Ok,
    long Failed,
    IReadOnlyDictionary<string, long> FailuresByReason,
    LatencySummary Latency,
    LatencySummary ServiceTime)
{
    public LatencySummary FailedLatency { get; init; } = LatencySummary.Empty;

    public LatencySummary FailedServiceTime { get; init; } = LatencySummary.Empty;
}
