namespace MyNumber.Silo.Verification;

/// <summary>What a reconciliation checked and, for each card whose acknowledged effect is not stored, why.</summary>
public sealed record ReconciliationReport(int CardsChecked, long AcknowledgedOperations, IReadOnlyList<string> Missing)
{
    public bool NothingMissing => Missing.Count == 0;
}
