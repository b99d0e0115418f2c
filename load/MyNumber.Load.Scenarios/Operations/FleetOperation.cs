using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// A scenario operation as grain calls through Contracts: who may arrive for it, and what the fleet does.
/// Refusals come back as outcomes; <see cref="OperationLibrary.ExecuteAsync"/> turns exceptions into faults.
/// </summary>
public sealed record FleetOperation(
    string Name,
    ResidentCriterion Criterion,
    Func<FleetConnection, OperationInput, Task<OperationOutcome>> Execute);
