using MyNumber.Contracts.Cards;

namespace MyNumber.Silo.Verification;

/// <summary>
/// One card operation as a client saw it: the card's key, what it asked for, the status the card must
/// have afterwards, and whether the cluster acknowledged it. An unacknowledged operation (a fault or a
/// timeout) may or may not have taken effect; an acknowledged one must be in storage.
/// </summary>
public sealed record AcknowledgedOperation(
    long Sequence,
    string CardKey,
    string Operation,
    CardStatus ExpectedStatus,
    bool Acknowledged);
