namespace MyNumber.Silo.Cluster;

/// <summary>
/// What a <see cref="CardToggleWorkload"/> run saw: acknowledged and failed operations, the distinct fault
/// messages, and when each operation ended (seconds from the start, success or not), for timelines.
/// </summary>
public sealed record WorkloadResult(
    long Acknowledged,
    long Failed,
    IReadOnlyList<string> Faults,
    IReadOnlyList<(double At, bool Ok)> Timeline,
    TimeSpan Elapsed)
{
    public double AcknowledgedPerSecond => Elapsed > TimeSpan.Zero ? Acknowledged / Elapsed.TotalSeconds : 0;

    /// <summary>The end of the last failed operation at or after <paramref name="from"/> seconds, or null when none failed.</summary>
    public double? LastFailureAfter(double from) =>
        Timeline.Where(e => !e.Ok && e.At >= from).Select(e => (double?)e.At).DefaultIfEmpty(null).Max();
}
