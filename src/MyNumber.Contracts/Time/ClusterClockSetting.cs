namespace MyNumber.Contracts.Time;

/// <summary>
/// The cluster's simulated clock as an Orleans client set it: at wall time <see cref="WallAt"/> simulated time
/// stood at <see cref="SimulatedAt"/> and runs at <see cref="Factor"/> simulated seconds per wall second
/// (<see cref="Stepped"/>: it stands still until the next setting). Silos on one box share the wall clock,
/// so every silo that applied the same setting reads the same simulated time.
/// </summary>
[GenerateSerializer]
[Alias("mn.ClusterClockSetting")]
public sealed record ClusterClockSetting(
    [property: Id(0)] bool Stepped,
    [property: Id(1)] DateTimeOffset SimulatedAt,
    [property: Id(2)] DateTimeOffset WallAt,
    [property: Id(3)] double Factor,
    [property: Id(4)] long Version);
