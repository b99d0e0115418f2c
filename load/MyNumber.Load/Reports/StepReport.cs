namespace MyNumber.Load.Reports;

/// <summary>A measured sub-step of a scenario over the whole run.</summary>
public sealed record StepReport(
    string Name,
    long Ok,
    long Failed,
    IReadOnlyDictionary<string, long> FailuresByReason,
    LatencySummary Latency,
    LatencySummary ServiceTime);
