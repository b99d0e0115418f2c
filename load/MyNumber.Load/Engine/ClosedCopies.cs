using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>
/// The closed model: copies that each run iterations back to back. Raising the count starts copies;
/// lowering it lets the newest ones stop after their current iteration. In budget mode the copies
/// share a fixed number of iterations and stop when it is spent.
/// </summary>
internal sealed class ClosedCopies(IterationRunner runner, ILoadClock clock, CancellationToken stopToken)
{
    private readonly object gate = new();
    private readonly List<CopyHandle> running = [];
    private long budget;
    private volatile bool budgeted;
    private long lastExit;

    public int Count
    {
        get { lock (gate) return running.Count; }
    }

    /// <summary>When the last copy stopped (clock ticks).</summary>
    public long LastExit => Interlocked.Read(ref lastExit);

    public void UseBudget(long iterations)
    {
        Interlocked.Exchange(ref budget, iterations);
        budgeted = true;
    }

    public void UseTime() => budgeted = false;

    public void Resize(int target)
    {
        lock (gate)
        {
            while (running.Count > target)
            {
                running[^1].Stopped = true;
                running.RemoveAt(running.Count - 1);
            }
            while (running.Count < target)
            {
                var copy = new CopyHandle();
                running.Add(copy);
                _ = clock.Spawn(() => LoopAsync(copy));
            }
        }
    }

    private async Task LoopAsync(CopyHandle copy)
    {
        try
        {
            while (!copy.Stopped && !stopToken.IsCancellationRequested)
            {
                if (budgeted && Interlocked.Decrement(ref budget) < 0) break;
                await runner.RunAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            lock (gate)
            {
                running.Remove(copy);
                if (running.Count == 0) Interlocked.Exchange(ref lastExit, clock.Now);
            }
            clock.Wake();
        }
    }

    private sealed class CopyHandle
    {
        public volatile bool Stopped;
    }
}
