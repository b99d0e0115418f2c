namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// A scenario file, validated: who the residents are, when and how fast they arrive, what they do, what
/// breaks, and what counts as holding up. <see cref="WarmUp"/> and <see cref="Duration"/> are the defaults
/// of a run in real or accelerated time; the command line may override them.
/// </summary>
public sealed record ScenarioDefinition
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<CalibrationReference> Calibration { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
    public required PopulationSpec Population { get; init; }
    public required CalendarWindow Calendar { get; init; }
    public required ClockSpec Clock { get; init; }
    public required ArrivalCurve Arrivals { get; init; }
    public required IReadOnlyList<OperationShare> Operations { get; init; }
    public required BaseRate Rate { get; init; }
    public required IReadOnlyList<RateScheduleEntry> Schedule { get; init; }
    public CounterCapacity? Counters { get; init; }
    public KioskCapacity? Kiosks { get; init; }
    public FacilityMix? Facilities { get; init; }
    public required IReadOnlyList<FaultSpec> Faults { get; init; }
    public required IReadOnlyList<ThresholdSpec> Thresholds { get; init; }
    public required IReadOnlyList<string> Outputs { get; init; }
    public required TimeSpan WarmUp { get; init; }
    public required TimeSpan Duration { get; init; }

    /// <summary>
    /// The scenario as the command line's <c>--scale</c>, <c>--duration</c> and <c>--seed</c> change it;
    /// null leaves the file's value.
    /// </summary>
    public ScenarioDefinition WithOverrides(ScaleSpec? scale = null, TimeSpan? duration = null, long? seed = null) =>
        this with
        {
            Population = Population with { Size = scale ?? Population.Size, Seed = seed ?? Population.Seed },
            Duration = duration is { } d && d > TimeSpan.Zero ? d
                : duration is null ? Duration
                : throw new ArgumentOutOfRangeException(nameof(duration), "a run lasts longer than zero"),
        };

    /// <summary>The base-rate multiplier in force at <paramref name="when"/>: the last schedule entry at or before it, else 1.</summary>
    public double MultiplierAt(DateTimeOffset when) =>
        Schedule.LastOrDefault(e => e.From <= when)?.Multiplier ?? 1.0;
}
