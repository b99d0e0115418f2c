using MyNumber.Grains.Time;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Cli.Running;

/// <summary>The harness's handle on the in-process cluster clock.</summary>
public sealed class SimulatedFleetClock(SimulatedTimeProvider clock) : IFleetClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();

    public void Accelerate(double factor) => clock.Accelerate(factor);

    public void Freeze() => clock.Step();

    public void AdvanceTo(DateTimeOffset at)
    {
        var delta = at - clock.GetUtcNow();
        if (delta > TimeSpan.Zero) clock.Advance(delta);
    }
}
