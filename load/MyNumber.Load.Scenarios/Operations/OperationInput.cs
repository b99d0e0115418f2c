namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// One arrival as the operation sees it: its place in the run, the resident (an opaque population index),
/// the simulated instant it was meant for, and a variant number from which any further input (a clinic
/// challenge) is derived, so that a replay gives the operation exactly the same inputs.
/// </summary>
public sealed record OperationInput(long Sequence, long ResidentIndex, DateTimeOffset IntendedAt, ulong Variant);
