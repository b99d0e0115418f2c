using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MyNumber.Load.Measurement;

/// <summary>
/// Completed iterations (or sub-step runs) of one scenario or step: ok and failed counts, failures by
/// reason, latency from the intended start and service time from the actual start. Successes and
/// failures have separate histograms (NBomber's Ok and Fail statistics): a fast refusal or a slow
/// timeout must not move the successes' percentiles. The failed ones are created at the first failure,
/// so a scenario that never fails does not carry them.
/// </summary>
internal class OutcomeMetrics
{
    // A step that puts ids or messages in its reasons must not grow memory without bound.
    private const int MaxReasons = 64;
    private const string OtherReasons = "(other reasons)";
    private readonly ConcurrentDictionary<string, StrongBox<long>> reasons = new(StringComparer.Ordinal);
    private long ok;
    private long failed;

    private FailedRecorders? failedRecorders;

    /// <summary>Successful iterations, from the intended start.</summary>
    public LatencyRecorder Latency { get; } = new();

    /// <summary>Successful iterations, from the actual start.</summary>
    public LatencyRecorder ServiceTime { get; } = new();

    /// <summary>Failed iterations, from the intended start; null until the first failure.</summary>
    public LatencyRecorder? FailedLatency => Volatile.Read(ref failedRecorders)?.Latency;

    /// <summary>Failed iterations, from the actual start; null until the first failure.</summary>
    public LatencyRecorder? FailedServiceTime => Volatile.Read(ref failedRecorders)?.ServiceTime;

    /// <summary>Values beyond the histograms' range, ok and failed.</summary>
    public long Clamped => Latency.Clamped + ServiceTime.Clamped + (FailedLatency?.Clamped ?? 0) + (FailedServiceTime?.Clamped ?? 0);

    public long Ok => Interlocked.Read(ref ok);

    public long Failed => Interlocked.Read(ref failed);

    public long Completed => Ok + Failed;

    public void Record(StepResult result, long latencyMicros, long serviceMicros)
    {
        if (result.IsOk)
        {
            Latency.Record(latencyMicros);
            ServiceTime.Record(serviceMicros);
            Interlocked.Increment(ref ok);
            return;
        }
        var failedOnes = Volatile.Read(ref failedRecorders) ?? CreateFailedRecorders();
        failedOnes.Latency.Record(latencyMicros);
        failedOnes.ServiceTime.Record(serviceMicros);
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
        if (Volatile.Read(ref failedRecorders) is { } failedOnes)
        {
            failedOnes.Latency.CloseInterval();
            failedOnes.ServiceTime.CloseInterval();
        }
    }

    private FailedRecorders CreateFailedRecorders()
    {
        Interlocked.CompareExchange(ref failedRecorders, new FailedRecorders(), null);
        return Volatile.Read(ref failedRecorders)!;
    }

    private sealed class FailedRecorders
    {
        public LatencyRecorder Latency { get; } = new();

        public LatencyRecorder ServiceTime { get; } = new();
    }
}
