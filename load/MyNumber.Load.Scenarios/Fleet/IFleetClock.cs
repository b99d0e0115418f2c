namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>The cluster's simulated clock as the harness drives it (the scenario sets its mode and pace).</summary>
public interface IFleetClock
{
    DateTimeOffset UtcNow { get; }

    /// <summary>Simulated time runs <paramref name="factor"/> times faster than the wall clock from now on.</summary>
    void Accelerate(double factor);

    /// <summary>Simulated time stands still until <see cref="AdvanceTo"/>.</summary>
    void Freeze();

    /// <summary>Moves simulated time forward to <paramref name="at"/> (never back); timers due on the way fire.</summary>
    void AdvanceTo(DateTimeOffset at);
}
