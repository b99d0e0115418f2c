namespace MyNumber.Load.Scenarios.Recording;

/// <summary>
/// One line of the outcome log: only what a run decides deterministically (no timings), so the same
/// scenario, seed and build give the same bytes. <see cref="Actor"/> is an opaque resident key: no My
/// Number or PIN ever appears in a log.
/// </summary>
public sealed record OperationRecord(
    long Sequence,
    DateTimeOffset IntendedAt,
    string Operation,
    string Actor,
    long ResidentIndex,
    ulong Variant,
    string Outcome,
    string? Reason);
