namespace MyNumber.Load.Scenarios.Planning;

/// <summary>Arrival number <see cref="Sequence"/> of a plan: which operation, when, and its variant.</summary>
public sealed record PlannedArrival(long Sequence, int SliceIndex, string Operation, DateTimeOffset IntendedAt, ulong Variant);
