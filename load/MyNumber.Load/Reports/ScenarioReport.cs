namespace MyNumber.Load.Reports;

/// <summary>
/// One scenario over the whole run. Offered = Started + Dropped + arrivals still queued at the end;
/// Unfinished = Started − Completed. Latency counts from the intended start (corrected for coordinated
/// omission); ServiceTime from the actual start; SchedulingLag is the difference. Latency and
/// ServiceTime are the successful iterations'; the failed ones have their own (NBomber's Ok and Fail).
/// </summary>
public sealed record ScenarioReport(
    string Name,
    IReadOnlyList<string> Simulations,
    string Concurrency,
    double DurationSeconds,
    long Offered,
    long Started,
    long Completed,
    long Ok,
    long Failed,
    long Dropped,
    long Unfinished,
    long MaxInFlight,
    double OfferedRate,
    double AchievedRate,
    IReadOnlyDictionary<string, long> FailuresByReason,
    LatencySummary Latency,
    LatencySummary ServiceTime,
    LatencySummary SchedulingLag,
    long ClampedValues,
    IReadOnlyList<StepReport> Steps,
    IReadOnlyList<IntervalReport> Intervals)
{
    /// <summary>Failed iterations, from the intended start.</summary>
    public LatencySummary FailedLatency { get; init; } = LatencySummary.Empty;

    /// <summary>Failed iterations, from the actual start.</summary>
    public LatencySummary FailedServiceTime { get; init; } = LatencySummary.Empty;

    /// <summary>
    /// <see cref="Simulations"/> in one short line: a long chain (a scenario's arrival curve expands
    /// into one Inject per slice) becomes counts and ranges, e.g. "Inject ×96, 12.3–480/s; over 24 h".
    /// </summary>
    public string LoadSummary { get; init; } = "";

    public double FailPercent => Completed == 0 ? 0 : 100.0 * Failed / Completed;

    public double DroppedPercent => Offered == 0 ? 0 : 100.0 * Dropped / Offered;
}
