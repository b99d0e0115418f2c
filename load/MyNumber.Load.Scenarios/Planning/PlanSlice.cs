namespace MyNumber.Load.Scenarios.Planning;

/// <summary>
/// A stretch of simulated time (at most one hour, so hour-of-day curves apply) with a whole number of
/// arrivals spread evenly over it. <see cref="FirstSequence"/> is the run-wide number of its first arrival.
/// </summary>
public sealed record PlanSlice(DateTimeOffset SimulatedStart, TimeSpan SimulatedLength, TimeSpan WallLength, long Count, long FirstSequence)
{
    /// <summary>The simulated instant arrival <paramref name="sequence"/> (of this slice) is meant for.</summary>
    public DateTimeOffset IntendedAt(long sequence) =>
        SimulatedStart + TimeSpan.FromTicks(SimulatedLength.Ticks * (sequence - FirstSequence) / Math.Max(1, Count));
}
