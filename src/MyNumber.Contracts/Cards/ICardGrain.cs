using MyNumber.Contracts.Common;

namespace MyNumber.Contracts.Cards;

/// <summary>
/// One My Number Card (key: <see cref="FleetKeys.Card"/>). Every decision is the Domain's; the grain keeps
/// the state, persists what changed and talks to the JPKI authority. Calls on one card run one at a
/// time, so concurrent wrong PINs are counted one after another and a locked slot stays locked.
/// </summary>
[Alias("mn.ICardGrain")]
public interface ICardGrain : IGrainWithStringKey
{
    [Alias("Get")] Task<CardSnapshot> GetAsync();

    /// <summary>The application (交付申請) for this card.</summary>
    [Alias("Apply")] Task<OperationResult> ApplyAsync(HolderFacts holder, bool faceAuthenticationOnly);

    /// <summary>The card is made and waits at the counter.</summary>
    [Alias("MarkReady")] Task<OperationResult> MarkReadyAsync();

    /// <summary>Handover at the counter: PINs set (none for a face-authentication card), certificates issued.</summary>
    [Alias("HandOver")] Task<OperationResult> HandOverAsync(HandoverPins? pins);

    [Alias("VerifyPin")] Task<PinCheck> VerifyPinAsync(PinSlot slot, string pin);

    /// <summary>Signs <paramref name="challenge"/> with the chosen key after its PIN (R-PIN-2 counts a wrong one).</summary>
    [Alias("Sign")] Task<CardSignature> SignAsync(CertificateUse use, string pin, byte[] challenge);

    /// <summary>Reads a certificate off the chip (no PIN needed: the face-authentication path at a clinic).</summary>
    [Alias("ReadCertificate")] Task<CardCertificate> ReadCertificateAsync(CertificateUse use);

    /// <summary>R-PIN-4 step 1 (smartphone, any time): user PIN and face match reserve a signing-PIN reset for 24 hours.</summary>
    [Alias("ReserveSigningReset")] Task<OperationResult> ReserveSigningResetAsync(string userPin, bool faceMatched);

    /// <summary>R-PIN-4 step 2 (kiosk, 06:30–23:00, within 24 h of step 1): user PIN, then the new signing PIN.</summary>
    [Alias("CompleteSigningReset")] Task<OperationResult> CompleteSigningResetAsync(string userPin, string newSigningPin);

    /// <summary>R-LOSS-1: suspension through the hotline.</summary>
    [Alias("Suspend")] Task<OperationResult> SuspendAsync();

    /// <summary>R-LOSS-2: reactivation at the counter with the card.</summary>
    [Alias("Resume")] Task<OperationResult> ResumeAsync();

    /// <summary>R-PIN-3: a counter reset of one slot (clears its lock).</summary>
    [Alias("ResetPin")] Task<OperationResult> ResetPinAsync(PinSlot slot, string newPin);

    /// <summary>R-CERT-1: one of the four basic facts changed; the signing certificate is revoked at once.</summary>
    [Alias("ChangeFacts")] Task<OperationResult> ChangeFactsAsync(HolderFacts holder);

    /// <summary>R-MOVE-1/2: a new signing certificate at the counter after a change of facts.</summary>
    [Alias("IssueSigning")] Task<OperationResult> IssueSigningCertificateAsync();

    /// <summary>R-CERT-3, R-VAL-7: certificate renewal at the counter inside the renewal window.</summary>
    [Alias("RenewCertificates")] Task<OperationResult> RenewCertificatesAsync();

    /// <summary>R-LOSS-3: a new card was issued; this one is invalid from now on and its certificates revoked.</summary>
    [Alias("Supersede")] Task<OperationResult> SupersedeAsync();

    /// <summary>R-MOVE-3, R-VAL-5: the card lapses (失効) for the given reason code.</summary>
    [Alias("Lapse")] Task<OperationResult> LapseAsync(string reason);

    /// <summary>R-MOVE-2: a transfer-out was filed; the transfer-in is due within 30 days of <paramref name="plannedMoveOut"/> (R-MOVE-3).</summary>
    [Alias("MoveOut")] Task<OperationResult> MoveOutAsync(DateOnly plannedMoveOut);

    /// <summary>R-MOVE-2, R-MOVE-3: the transfer-in in person, with the holder's facts at the new address.</summary>
    [Alias("TransferIn")] Task<OperationResult> TransferInAsync(HolderFacts holder, DateOnly movedIn);

    /// <summary>R-MOVE-5: the holder moves abroad; the card is kept or lapses as the Domain decides.</summary>
    [Alias("MoveOverseas")] Task<OperationResult> MoveOverseasAsync(DateOnly moveOutOn, bool procedureDone);

    /// <summary>Brings the card up to today (expiry, R-MOVE-3 lapse), persisting and revoking what the date changed.</summary>
    [Alias("Settle")] Task<CardStatus> SettleAsync();
}
