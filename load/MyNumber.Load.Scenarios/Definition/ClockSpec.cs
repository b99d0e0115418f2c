namespace MyNumber.Load.Scenarios.Definition;

/// <summary>The scenario's clock: <see cref="Factor"/> is set for accelerated mode, <see cref="Step"/> for stepped.</summary>
public sealed record ClockSpec(ClockMode Mode, double? Factor, TimeSpan? Step);
