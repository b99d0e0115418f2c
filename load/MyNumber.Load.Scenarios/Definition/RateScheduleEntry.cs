namespace MyNumber.Load.Scenarios.Definition;

/// <summary>From <see cref="From"/> (Japan time) until the next entry, the base rate is multiplied by <see cref="Multiplier"/>.</summary>
public sealed record RateScheduleEntry(DateTimeOffset From, double Multiplier, string? Note);
