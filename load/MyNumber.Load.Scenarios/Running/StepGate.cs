using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// Stepped time: arrivals of a slice start only once the fleet clock stands at the slice's start, and the
/// clock moves on only when every arrival of the slice has finished. Copies take arrivals in order, so
/// the run walks the calendar slice by slice as fast as the fleet allows.
/// </summary>
internal sealed class StepGate
{
    private readonly Lock gate = new();
    private readonly IReadOnlyList<PlanSlice> slices;
    private readonly long[] remaining;
    private readonly IFleetClock clock;
    private readonly Action<DateTimeOffset>? clockMoved;
    private readonly Dictionary<int, TaskCompletionSource> waiters = [];
    private int current;

    /// <param name="clockMoved">Told each time the gate has moved the fleet clock (fault windows are stamped as it enters them).</param>
    public StepGate(ArrivalPlan plan, IFleetClock clock, Action<DateTimeOffset>? clockMoved = null)
    {
        this.clockMoved = clockMoved;
        slices = plan.Slices;
        remaining = [.. slices.Select(s => s.Count)];
        this.clock = clock;
        current = -1;
        lock (gate) MoveOn();
    }

    public Task EnterAsync(int slice, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (slice <= current) return Task.CompletedTask;
            if (!waiters.TryGetValue(slice, out var waiter))
                waiters[slice] = waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return waiter.Task.WaitAsync(cancellationToken);
        }
    }

    public void Leave(int slice)
    {
        lock (gate)
        {
            remaining[slice]--;
            if (slice == current && remaining[slice] <= 0) MoveOn();
        }
    }

    private void MoveOn()
    {
        do current++;
        while (current < slices.Count && remaining[current] <= 0);
        if (current >= slices.Count) return;
        if (slices[current].SimulatedStart > clock.UtcNow) clock.AdvanceTo(slices[current].SimulatedStart);
        clockMoved?.Invoke(clock.UtcNow);
        foreach (var slice in waiters.Keys.Where(k => k <= current).ToList())
        {
            waiters[slice].TrySetResult();
            waiters.Remove(slice);
        }
    }
}
