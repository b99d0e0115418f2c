using System.Collections.Concurrent;

namespace MyNumber.Load.Measurement;

/// <summary>
/// Everything measured for one scenario in one phase: the arrival accounting of the open model
/// (offered = started + dropped + still queued), the iteration outcomes, the scheduling lag
/// (actual − intended start, queue wait included) and the sub-steps.
/// </summary>
internal sealed class ScenarioMetrics : OutcomeMetrics
{
    private readonly ConcurrentDictionary<string, OutcomeMetrics> steps = new(StringComparer.Ordinal);
    private long offered;
    private long started;
    private long dropped;
    private long inFlight;
    private long maxInFlight;

    public LatencyRecorder SchedulingLag { get; } = new();

    public long Offered => Interlocked.Read(ref offered);

    public long Started => Interlocked.Read(ref started);

    public long Dropped => Interlocked.Read(ref dropped);

    public long InFlight => Interlocked.Read(ref inFlight);

    public long MaxInFlight => Interlocked.Read(ref maxInFlight);

    public IEnumerable<KeyValuePair<string, OutcomeMetrics>> Steps => steps.OrderBy(s => s.Key, StringComparer.Ordinal);

    public void CountOffered() => Interlocked.Increment(ref offered);

    public void CountDropped() => Interlocked.Increment(ref dropped);

    public void CountStarted(long lagMicros)
    {
        Interlocked.Increment(ref started);
        SchedulingLag.Record(lagMicros);
        long current = Interlocked.Increment(ref inFlight);
        long max;
        while (current > (max = Interlocked.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, current, max) != max)
        {
        }
    }

    public void CountFinished() => Interlocked.Decrement(ref inFlight);

    public OutcomeMetrics Step(string name) => steps.GetOrAdd(name, static _ => new OutcomeMetrics());

    public OutcomeMetrics? FindStep(string name) => steps.GetValueOrDefault(name);

    public override void CloseInterval()
    {
        base.CloseInterval();
        SchedulingLag.CloseInterval();
        foreach (var step in steps.Values) step.CloseInterval();
    }
}
