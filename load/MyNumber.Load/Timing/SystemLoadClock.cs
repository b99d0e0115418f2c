using System.Diagnostics;

namespace MyNumber.Load.Timing;

/// <summary>
/// Real time from <see cref="Stopwatch"/>. The dispatcher sleeps for the coarse part of a wait and
/// spins for the last stretch: a sleep on Linux overshoots by about a millisecond, which at
/// 20,000 iterations/s would be twenty late arrivals.
/// </summary>
public sealed class SystemLoadClock : ILoadClock, IDisposable
{
    private static readonly long SleepMargin = Stopwatch.Frequency / 500;
    private static readonly long YieldMargin = Stopwatch.Frequency / 20_000;
    private readonly ManualResetEventSlim wake = new(false);

    public long Frequency => Stopwatch.Frequency;

    public long Now => Stopwatch.GetTimestamp();

    public bool IsVirtual => false;

    public void WaitUntil(long deadline, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (wake.IsSet)
            {
                wake.Reset();
                return;
            }
            long remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0) return;
            if (remaining > SleepMargin)
            {
                // Bounded so a cancellation is noticed within 50 ms.
                long ms = Math.Clamp((remaining - SleepMargin) * 1000 / Stopwatch.Frequency, 1, 50);
                wake.Wait((int)ms, CancellationToken.None);
            }
            else
            {
                // Spin rather than yield: on a busy machine a yielded dispatcher waits a whole time slice.
                Thread.SpinWait(remaining > YieldMargin ? 64 : 8);
            }
        }
    }

    public void Wake() => wake.Set();

    /// <summary>
    /// Task.Delay truncates to whole milliseconds, so a 0.3 ms wait would not wait at all; a positive wait
    /// shorter than a millisecond waits one (the timer's resolution) rather than none.
    /// </summary>
    public Task Delay(TimeSpan delay, CancellationToken cancellationToken) =>
        Task.Delay(delay > TimeSpan.Zero && delay < TimeSpan.FromMilliseconds(1) ? TimeSpan.FromMilliseconds(1) : delay, cancellationToken);

    public Task Spawn(Func<Task> work) => Task.Run(work);

    public void Dispose() => wake.Dispose();
}
