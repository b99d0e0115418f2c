using System.Collections.Concurrent;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// Residents the log cannot order: two operations on them ran at the same time (the log's sequence is
/// arrival order, not the order the card saw them), or one was still running, or finished, after the log
/// was closed. The run tells it when each operation starts and ends; the audit skips what it marks.
/// </summary>
public sealed class ResidentOverlaps
{
    private readonly ConcurrentDictionary<long, int> inFlight = new();
    private readonly ConcurrentDictionary<long, byte> unordered = new();
    private volatile bool closed;

    public void Enter(long resident)
    {
        if (inFlight.AddOrUpdate(resident, 1, (_, n) => n + 1) > 1 || closed) unordered.TryAdd(resident, 0);
    }

    public void Leave(long resident)
    {
        inFlight.AddOrUpdate(resident, 0, (_, n) => n - 1);
        if (closed) unordered.TryAdd(resident, 0);
    }

    /// <summary>The log is closed: whatever is still running, or starts or ends from now on, is not in it.</summary>
    public void Close()
    {
        closed = true;
        foreach (var (resident, n) in inFlight)
            if (n > 0) unordered.TryAdd(resident, 0);
    }

    public bool IsUnordered(long resident) => unordered.ContainsKey(resident);
}
