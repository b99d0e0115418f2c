using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// When, in run seconds, the fleet clock first stood at or past each start and end of the scenario's
/// faults. In stepped time that is the only way to place a fault on the run's axis: the clock jumps a
/// slice at a time, as fast as the fleet finishes, so no plan can say beforehand at which second it will.
/// </summary>
public sealed class FaultCrossings
{
    private readonly Lock gate = new();
    private readonly Dictionary<DateTimeOffset, double?> seconds;

    public FaultCrossings(IEnumerable<FaultSpec> faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        seconds = faults.SelectMany(f => new[] { f.At, f.At + f.Duration }).Distinct().ToDictionary(t => t, _ => (double?)null);
    }

    /// <summary>The fleet clock now stands at <paramref name="fleetNow"/>; boundaries it has passed get <paramref name="runSeconds"/> if they had none.</summary>
    public void ClockAt(DateTimeOffset fleetNow, double runSeconds)
    {
        lock (gate)
            foreach (var boundary in seconds.Keys.Where(b => b <= fleetNow && seconds[b] is null).ToList())
                seconds[boundary] = runSeconds;
    }

    /// <summary>The run second the fleet clock passed <paramref name="boundary"/>; null when it never did.</summary>
    public double? SecondsAt(DateTimeOffset boundary)
    {
        lock (gate) return seconds.GetValueOrDefault(boundary);
    }
}
