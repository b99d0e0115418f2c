namespace MyNumber.Grains.Time;

/// <summary>
/// The one clock of the cluster: real, accelerated ×N, or stepped by the scenario. Registered as the
/// silo's <see cref="TimeProvider"/>, so grain code, grain timers and reminders all read it and the same
/// scenario replays to the same outcomes. Timers created here fire on simulated time: stepped timers
/// fire inside <see cref="Advance"/>, the others from a short wall-clock pump.
/// </summary>
public sealed class SimulatedTimeProvider : TimeProvider, IDisposable
{
    private static readonly TimeSpan PumpInterval = TimeSpan.FromMilliseconds(10);

    private readonly TimeProvider _wall;
    private readonly Lock _gate = new();
    private readonly List<SimulatedTimer> _timers = [];
    private ITimer? _pump;
    private DateTimeOffset _anchorSimulated;
    private DateTimeOffset _anchorWall;

    public SimulatedTimeProvider(TimeProvider wall, DateTimeOffset start)
    {
        _wall = wall;
        _anchorSimulated = start;
        _anchorWall = wall.GetUtcNow();
        Factor = 1;
        Mode = ClockMode.Real;
    }

    public ClockMode Mode { get; private set; }

    /// <summary>Simulated seconds per wall-clock second (0 when stepped).</summary>
    public double Factor { get; private set; }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return NowLocked();
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void RunReal() => Rebase(ClockMode.Real, 1);

    public void Accelerate(double factor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(factor, 0);
        Rebase(ClockMode.Accelerated, factor);
    }

    /// <summary>Freezes simulated time; from now on only <see cref="Advance"/> moves it.</summary>
    public void Step() => Rebase(ClockMode.Stepped, 0);

    /// <summary>
    /// Moves simulated time forward (any mode). Timers that fall due on the way fire in due order, each
    /// with the clock standing at its due instant, so a sweep reads the time it was meant for.
    /// </summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate) target = NowLocked() + delta;
        FireDue(target);
        lock (_gate) _anchorSimulated += target - NowLocked();
    }

    /// <summary>
    /// Takes the cluster clock's setting (set by an Orleans client, see IClusterClockGrain): simulated time stood at
    /// <paramref name="simulatedAt"/> at wall time <paramref name="wallAt"/> and runs at <paramref name="factor"/>
    /// (<paramref name="stepped"/>: stands still). A forward move fires the timers due on the way, as
    /// <see cref="Advance"/> does. A backward move (silos started on today's clock, a scenario dated 2024) is a
    /// jump: pending timers keep their remaining wait instead of waiting out the years in between.
    /// </summary>
    public void Follow(bool stepped, DateTimeOffset simulatedAt, DateTimeOffset wallAt, double factor)
    {
        var target = stepped ? simulatedAt : simulatedAt + (_wall.GetUtcNow() - wallAt) * factor;
        var ahead = target - GetUtcNow();
        if (ahead > TimeSpan.Zero) Advance(ahead);
        else if (ahead < TimeSpan.Zero)
        {
            lock (_gate)
            {
                _anchorSimulated += ahead;
                foreach (var timer in _timers) timer.DueAt += ahead;
            }
        }

        if (stepped) Rebase(ClockMode.Stepped, 0);
        else Rebase(factor == 1 ? ClockMode.Real : ClockMode.Accelerated, factor);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new SimulatedTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _timers.Clear();
            _pump?.Dispose();
            _pump = null;
        }
    }

    internal void Schedule(SimulatedTimer timer, TimeSpan dueTime)
    {
        lock (_gate)
        {
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : NowLocked() + dueTime;
            if (timer.DueAt is null) _timers.Remove(timer);
            else if (!_timers.Contains(timer)) _timers.Add(timer);
            EnsurePumpLocked();
        }

        if (dueTime == TimeSpan.Zero) FireDue(null);
    }

    internal void Unschedule(SimulatedTimer timer)
    {
        lock (_gate) _timers.Remove(timer);
    }

    private void Rebase(ClockMode mode, double factor)
    {
        lock (_gate)
        {
            _anchorSimulated = NowLocked();
            _anchorWall = _wall.GetUtcNow();
            Mode = mode;
            Factor = factor;
            EnsurePumpLocked();
        }
    }

    private DateTimeOffset NowLocked() => Mode switch
    {
        ClockMode.Stepped => _anchorSimulated,
        _ => _anchorSimulated + (_wall.GetUtcNow() - _anchorWall) * Factor,
    };

    private void EnsurePumpLocked()
    {
        var needed = Mode != ClockMode.Stepped && _timers.Count > 0;
        if (needed && _pump is null) _pump = _wall.CreateTimer(_ => FireDue(null), null, PumpInterval, PumpInterval);
        else if (!needed && _pump is not null)
        {
            _pump.Dispose();
            _pump = null;
        }
    }

    /// <summary>Fires due timers; with <paramref name="until"/>, first walks the clock to each due instant up to it.</summary>
    private void FireDue(DateTimeOffset? until)
    {
        while (true)
        {
            SimulatedTimer? next;
            lock (_gate)
            {
                var now = NowLocked();
                next = null;
                foreach (var t in _timers)
                {
                    if (t.DueAt <= (until ?? now) && (next is null || t.DueAt < next.DueAt)) next = t;
                }

                if (next is null)
                {
                    EnsurePumpLocked();
                    return;
                }

                if (next.DueAt > now) _anchorSimulated += next.DueAt!.Value - now;

                // Periodic timers keep their phase on simulated time; one-shot timers leave the list.
                if (next.Period is { } p && p > TimeSpan.Zero) next.DueAt += p;
                else _timers.Remove(next);
            }

            next.Fire();
        }
    }
}
