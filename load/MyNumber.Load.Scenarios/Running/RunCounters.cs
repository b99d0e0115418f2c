using System.Collections.Concurrent;
using MyNumber.Load.Scenarios.Operations;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>Outcomes by kind and reason as the fleet gave them, for thresholds the engine cannot see (invariants, faults).</summary>
public sealed class RunCounters
{
    private readonly ConcurrentDictionary<string, long> byReason = new(StringComparer.Ordinal);
    private long accepted;
    private long refused;
    private long faults;
    private long invariantBreaches;
    private readonly List<double> counterWaitsMs = [];
    private readonly List<DateTimeOffset> faultInstants = [];

    public long Accepted => Interlocked.Read(ref accepted);

    public long Refused => Interlocked.Read(ref refused);

    public long Faults => Interlocked.Read(ref faults);

    public long InvariantBreaches => Interlocked.Read(ref invariantBreaches);

    public long Total => Accepted + Refused + Faults + InvariantBreaches;

    public IReadOnlyDictionary<string, long> ByReason => byReason;

    public long CountOf(string reason) => byReason.TryGetValue(reason, out var n) ? n : 0;

    /// <summary>A fault outcome of an arrival meant for <paramref name="intendedAt"/>, so the fault timeline can say what each fault cost.</summary>
    public void RecordFaultAt(DateTimeOffset intendedAt)
    {
        lock (faultInstants) faultInstants.Add(intendedAt);
    }

    /// <summary>Fault outcomes of arrivals meant for [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public long FaultsBetween(DateTimeOffset from, DateTimeOffset to)
    {
        lock (faultInstants) return faultInstants.Count(t => t >= from && t < to);
    }

    /// <summary>Simulated minutes residents waited at municipal counters, as the municipality's queue said.</summary>
    public void RecordCounterWait(TimeSpan waited)
    {
        lock (counterWaitsMs) counterWaitsMs.Add(waited.TotalMilliseconds);
    }

    /// <summary>The counter wait (ms) at <paramref name="percentile"/> (100: the longest); null when nobody queued.</summary>
    public double? CounterWaitMs(double percentile)
    {
        lock (counterWaitsMs)
        {
            if (counterWaitsMs.Count == 0) return null;
            var sorted = counterWaitsMs.Order().ToList();
            int rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }

    public void Count(OperationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Accepted)
        {
            Interlocked.Increment(ref accepted);
            return;
        }
        byReason.AddOrUpdate(outcome.Reason!, 1, (_, n) => n + 1);
        if (outcome.IsFault) Interlocked.Increment(ref faults);
        else if (outcome.IsInvariantBreach) Interlocked.Increment(ref invariantBreaches);
        else Interlocked.Increment(ref refused);
    }
}
