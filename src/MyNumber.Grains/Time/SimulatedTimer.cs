namespace MyNumber.Grains.Time;

/// <summary>A timer of <see cref="SimulatedTimeProvider"/>: due and period measured on simulated time.</summary>
internal sealed class SimulatedTimer(SimulatedTimeProvider clock, TimerCallback callback, object? state) : ITimer
{
    private bool _disposed;

    internal DateTimeOffset? DueAt { get; set; }

    internal TimeSpan? Period { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_disposed) return false;
        Period = period == Timeout.InfiniteTimeSpan ? null : period;
        clock.Schedule(this, dueTime);
        return true;
    }

    internal void Fire()
    {
        if (!_disposed) callback(state);
    }

    public void Dispose()
    {
        _disposed = true;
        clock.Unschedule(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
