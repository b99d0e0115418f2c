using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MyNumber.Load.Measurement;

/// <summary>
/// Completed iterations (or sub-step runs) of one scenario or step: ok and failed counts, failures by
/// reason, latency from the intended start and service time from the actual start.
/// </summary>
internal class OutcomeMetrics
{
    // A step that puts ids or messages in its reasons must not grow memory without bound.
    private const int MaxReasons = 64;
    private const string OtherReasons = "(other reasons)";
    private readonly ConcurrentDictionary<string, StrongBox<long>> reasons = new(StringComparer.Ordinal);
    private long ok;
    private long failed;

    public LatencyRecorder Latency { get; } = new();

    public LatencyRecorder ServiceTime { get; } = new();

    public long Ok => Interlocked.Read(ref ok);

    public long Failed => Interlocked.Read(ref failed);

    public long Completed => Ok + Failed;

    public void Record(StepResult result, long latencyMicros, long serviceMicros)
    {
        Latency.Record(latencyMicros);
        ServiceTime.Record(serviceMicros);
        if (result.IsOk)
        {
            Interlocked.Increment(ref ok);
            return;
        }
        Interlocked.Increment(ref failed);
        string reason = result.Reason ?? "unknown";
        if (!reasons.TryGetValue(reason, out var count))
            count = reasons.Count < MaxReasons ? reasons.GetOrAdd(reason, _ => new StrongBox<long>()) : reasons.GetOrAdd(OtherReasons, _ => new StrongBox<long>());
        Interlocked.Increment(ref count.Value);
    }

    public IReadOnlyDictionary<string, long> FailuresByReason() =>
        reasons.OrderByDescending(r => r.Value.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(r => r.Key, r => Interlocked.Read(ref r.Value.Value), StringComparer.Ordinal);

    public virtual void CloseInterval()
    {
        Latency.CloseInterval();
        ServiceTime.CloseInterval();
    }
}
