namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// A failure injected at <see cref="At"/> (Japan time) for <see cref="Duration"/>. <see cref="Latency"/> is set
/// exactly for the latency kinds.
/// </summary>
public sealed record FaultSpec(FaultKind Kind, DateTimeOffset At, TimeSpan Duration, TimeSpan? Latency, string? Note);
