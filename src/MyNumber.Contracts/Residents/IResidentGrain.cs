using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;

namespace MyNumber.Contracts.Residents;

/// <summary>
/// One resident (key: <see cref="FleetKeys.Resident"/>, an opaque population index). Activated without
/// stored state, the resident is what the population generator says; only changes are written.
/// </summary>
[Alias("mn.IResidentGrain")]
public interface IResidentGrain : IGrainWithStringKey
{
    /// <summary>Unknown residents (index outside the population) answer null.</summary>
    [Alias("Get")] Task<ResidentSnapshot?> GetAsync();

    /// <summary>The resident's basic facts as a card carries them.</summary>
    [Alias("Facts")] Task<HolderFacts?> GetFactsAsync();

    /// <summary>Applies for a new card (first card, or reissue after loss: R-LOSS-3).</summary>
    [Alias("ApplyForCard")] Task<OperationResult> ApplyForCardAsync(bool faceAuthenticationOnly);

    /// <summary>Collects the card at the counter and sets its PINs.</summary>
    [Alias("CollectCard")] Task<OperationResult> CollectCardAsync(HandoverPins? pins);

    /// <summary>R-MOVE-1: a move within the city; the card's signing certificate is revoked (R-CERT-1).</summary>
    [Alias("MoveWithinCity")] Task<OperationResult> MoveWithinCityAsync(string newAddress);

    /// <summary>R-MOVE-2: transfer-out to another municipality, planned for <paramref name="plannedOn"/>.</summary>
    [Alias("MoveOut")] Task<OperationResult> MoveOutAsync(string toMunicipalityCode, DateOnly plannedOn);

    /// <summary>R-MOVE-2: transfer-in at the new municipality; the card continues with a new signing certificate.</summary>
    [Alias("TransferIn")] Task<OperationResult> TransferInAsync(string newAddress);

    /// <summary>R-MOVE-5: moving abroad on <paramref name="plannedOn"/>.</summary>
    [Alias("MoveOverseas")] Task<OperationResult> MoveOverseasAsync(DateOnly plannedOn);

    /// <summary>R-MOVE-1: a change of name (R-CERT-1 revokes the signing certificate).</summary>
    [Alias("ChangeName")] Task<OperationResult> ChangeNameAsync(string newName);

    /// <summary>R-MOVE-4: an old surname registered on the resident record.</summary>
    [Alias("RegisterOldSurname")] Task<OperationResult> RegisterOldSurnameAsync(string oldSurname);

    /// <summary>R-INS-1: the card registered for use as a health-insurance card.</summary>
    [Alias("RegisterInsurance")] Task<OperationResult> RegisterInsuranceAsync();

    /// <summary>R-MOVE-6: the period of stay was extended (the card is not: R-VAL-5).</summary>
    [Alias("ExtendStay")] Task<OperationResult> ExtendStayAsync(DateOnly newStayEnd);

    /// <summary>R-CERT-2: death revokes the certificates.</summary>
    [Alias("Die")] Task<OperationResult> DieAsync();

    /// <summary>
    /// R-MOVE-3, R-VAL-5: checks the deadlines that make a card lapse on today's simulated date and
    /// lapses the card when one passed (what the municipality's sweep calls).
    /// </summary>
    [Alias("CheckDeadlines")] Task<OperationResult> CheckDeadlinesAsync();
}
