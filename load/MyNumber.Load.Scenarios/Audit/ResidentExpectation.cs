using MyNumber.Contracts.Cards;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// The statuses a resident's current card may be in after the run, as the log says: the one the last
/// accepted status-setting operation (<see cref="Operation"/>, <see cref="Sequence"/>) left, widened by any
/// later operation that was not acknowledged (a fault) or stopped half-way.
/// </summary>
public sealed record ResidentExpectation(long ResidentIndex, long Sequence, string Operation, IReadOnlySet<CardStatus> Allowed);
