namespace MyNumber.Load.Timing;

/// <summary>
/// The engine's only source of time. Every schedule, latency and delay goes through it, so the whole
/// engine can run on a <see cref="VirtualLoadClock"/> in tests: fast and deterministic.
/// </summary>
public interface ILoadClock
{
    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    long Frequency { get; }

    /// <summary>Monotonic time in ticks.</summary>
    long Now { get; }

    /// <summary>True when time only moves when the engine (or a test) moves it.</summary>
    bool IsVirtual { get; }

    /// <summary>Blocks the dispatcher thread until <paramref name="deadline"/>, or until <see cref="Wake"/>.</summary>
    void WaitUntil(long deadline, CancellationToken cancellationToken);

    /// <summary>Ends the current (or the next) <see cref="WaitUntil"/> early: something needs the dispatcher.</summary>
    void Wake();

    /// <summary>A delay in this clock's time; steps use it (through their context) to wait.</summary>
    Task Delay(TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>
    /// Starts <paramref name="work"/> off the caller's stack (a closed-model copy starts this way, so a copy
    /// with a synchronous step never holds the dispatcher thread).
    /// </summary>
    Task Spawn(Func<Task> work);
}
