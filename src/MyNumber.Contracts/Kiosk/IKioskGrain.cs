namespace MyNumber.Contracts.Kiosk;

/// <summary>
/// A multi-copy machine in a store (key: <see cref="FleetKeys.Kiosk"/>). One session at a time per machine.
/// A document that is not the requesting holder's is an invariant violation: counted, never handed out.
/// </summary>
[Alias("mn.IKioskGrain")]
public interface IKioskGrain : IGrainWithStringKey
{
    [Alias("Issue")] Task<KioskReceipt> IssueAsync(KioskOrder order);

    /// <summary>Wrong-person documents caught by this machine (must stay 0).</summary>
    [Alias("Violations")] Task<int> InvariantViolationsAsync();
}
