namespace MyNumber.Load.Timing;

/// <summary>
/// A clock whose time moves only when the dispatcher waits (it jumps to the next timer or deadline)
/// or when a test calls <see cref="Advance"/> (simulated busy work). Timer continuations run inline
/// on the dispatcher thread, in due order, so a run is deterministic and takes no real time.
/// Steps under this clock must wait through <see cref="Delay"/> (the context's Delay), not Task.Delay.
/// </summary>
public sealed class VirtualLoadClock : ILoadClock
{
    private readonly object gate = new();
    private readonly PriorityQueue<TaskCompletionSource, (long Due, long Sequence)> timers = new();
    private long now;
    private long sequence;
    private volatile bool woken;

    public VirtualLoadClock(long frequency = TimeSpan.TicksPerSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frequency, 1000);
        Frequency = frequency;
    }

    public long Frequency { get; }

    public long Now => Volatile.Read(ref now);

    public bool IsVirtual => true;

    /// <summary>Moves time forward without firing timers, as CPU-bound work on the caller's thread would.</summary>
    public void Advance(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        Interlocked.Add(ref now, ToTicks(duration));
    }

    public void WaitUntil(long deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (woken)
            {
                woken = false;
                return;
            }
            TaskCompletionSource? due;
            lock (gate)
            {
                if (!timers.TryPeek(out due, out var key) || key.Due > deadline)
                {
                    if (deadline > now) now = deadline;
                    return;
                }
                timers.Dequeue();
                if (key.Due > now) now = key.Due;
            }
            due.SetResult();
        }
    }

    public void Wake() => woken = true;

    public Task Delay(TimeSpan delay, CancellationToken cancellationToken) => At(Now + Math.Max(0, ToTicks(delay)));

    public async Task Spawn(Func<Task> work)
    {
        await At(Now);
        await work();
    }

    private Task At(long due)
    {
        // Continuations run synchronously inside WaitUntil: that is what keeps the run single-threaded.
        var completion = new TaskCompletionSource();
        lock (gate) timers.Enqueue(completion, (due, sequence++));
        return completion.Task;
    }

    private long ToTicks(TimeSpan duration) => (long)Math.Round(duration.Ticks * (double)Frequency / TimeSpan.TicksPerSecond);
}
