using System.Diagnostics;

namespace MyNumber.Load.Timing;

/// <summary>
/// Real time from <see cref="Stopwatch"/>. The dispatcher waits coarsely on an event (so <see cref="Wake"/>
/// ends a long wait at once) until 2 ms before the deadline. On Linux it then sleeps with microsecond
/// resolution until just before it and spins the last few microseconds: arrivals 50 µs apart (20,000/s)
/// cost a short sleep each instead of a core spinning, and arrivals found due on waking are released
/// together. Elsewhere, where sleeps have millisecond resolution, it spins the last 2 ms.
/// </summary>
public sealed class SystemLoadClock : ILoadClock, IDisposable
{
    private static readonly long CoarseMargin = Stopwatch.Frequency / 500;
    private static readonly long FineSpinMargin = Stopwatch.Frequency / 100_000;
    private static readonly long YieldMargin = Stopwatch.Frequency / 20_000;
    private readonly ManualResetEventSlim wake = new(false);
    private readonly bool fineSleep;

    /// <param name="fineSleep">Use microsecond sleeps where the platform has them; false: spin the last 2 ms (the older behaviour, kept as a baseline).</param>
    public SystemLoadClock(bool fineSleep = true) => this.fineSleep = fineSleep && LinuxDispatcherTuning.IsAvailable;

    public long Frequency => Stopwatch.Frequency;

    public long Now => Stopwatch.GetTimestamp();

    public bool IsVirtual => false;

    /// <summary>How this clock waits, for the generator report.</summary>
    public string WaitMode => fineSleep ? "event wait, then microsecond sleeps and a 10 µs spin" : "event wait, then a 2 ms spin";

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
            if (remaining > CoarseMargin)
            {
                // Bounded so a cancellation is noticed within 50 ms.
                long ms = Math.Clamp((remaining - CoarseMargin) * 1000 / Stopwatch.Frequency, 1, 50);
                wake.Wait((int)ms, CancellationToken.None);
            }
            else if (fineSleep && remaining > FineSpinMargin)
            {
                LinuxDispatcherTuning.Sleep((remaining - FineSpinMargin) * 1_000_000_000 / Stopwatch.Frequency);
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
