namespace MyNumber.Load.Reports;

/// <summary>
/// One scenario over the whole run. Offered = Started + Dropped + arrivals still queued at the end;
/// Unfinished = Started − Completed. Latency counts from the intended start (corrected for coordinated
/// omission); ServiceTime from the actual start; SchedulingLag is the difference.
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
    public double FailPercent => Completed == 0 ? 0 : 100.0 * Failed / Completed;

    public double DroppedPercent => Offered == 0 ? 0 : 100.0 * Dropped / Offered;
}
