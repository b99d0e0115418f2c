using MyNumber.Contracts.Cards;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>
/// What the harness may know of the procedural population without asking the fleet: resident i's
/// initial facts are a pure function of (population seed, i), so choosing who arrives costs no grain call.
/// The composition root supplies it (the scenario library sees Contracts only, never the generator).
/// </summary>
public interface IPopulationView
{
    long Size { get; }

    bool HoldsCard(long index);

    /// <summary>
    /// The resident's birth date. A scenario run's population is dated to its first day, but one reused across
    /// days (or the default population, dated 2026) may hold residents born after an arrival's date: those must
    /// not be sent (the fleet would hand a card to someone not yet born).
    /// </summary>
    DateOnly BirthDate(long index);

    /// <summary>The day the resident's first card was handed over; null without a card.</summary>
    DateOnly? CardIssuedOn(long index);

    /// <summary>The PINs the resident set at handover (synthetic test data: never logged).</summary>
    HandoverPins Pins(long index);

    /// <summary>First day the resident's initial certificates can be renewed (R-VAL-7); null without a card.</summary>
    DateOnly? CertificateRenewalOpens(long index);

    /// <summary>The resident a certificate serial was issued to (the JPKI serial encodes the card), or null.</summary>
    long? HolderOfSerial(string serial);
}
