using MyNumber.Domain.Pins;

namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// Everything that can happen to a card, one record per event (the date is passed alongside). Events that
/// carry a PIN in the clear are methods of <see cref="CardLifecycle"/> instead, so no record ever holds one.
/// </summary>
public abstract record CardEvent
{
    private CardEvent()
    {
    }

    /// <summary>The card is made and waiting at the counter.</summary>
    public sealed record MarkReady : CardEvent;

    /// <summary>Handover at the counter with the PINs chosen there (R-PIN-1; a face-authentication PinSet for R-PIN-6).</summary>
    public sealed record HandOver(PinSet Pins) : CardEvent;

    /// <summary>R-LOSS-1: loss or theft reported to the hotline (24 h, 365 days; overseas line for overseas cards).</summary>
    public sealed record ReportLost(bool OverseasLine = false) : CardEvent;

    /// <summary>R-LOSS-2: a found card reactivated at the counter.</summary>
    public sealed record ResumeAtCounter(bool CardPresented) : CardEvent;

    /// <summary>The card loses validity by law (失効) for a cause decided elsewhere.</summary>
    public sealed record Lapse : CardEvent;

    /// <summary>The expiry date has passed.</summary>
    public sealed record Expire : CardEvent;

    /// <summary>R-CERT-2: a certificate revoked on request, on expiry or on death.</summary>
    public sealed record RevokeCertificate(CertificateKind Kind, RevocationReason Reason) : CardEvent;

    /// <summary>R-MOVE-1: moving within the city (the signing certificate is revoked, R-CERT-1).</summary>
    public sealed record MoveWithinCity(bool ByProxy = false) : CardEvent;

    /// <summary>R-CERT-1, R-MOVE-1: name, date of birth or sex changed.</summary>
    public sealed record ChangeBasicFact(BasicFact Fact, bool ByProxy = false) : CardEvent;

    /// <summary>R-MOVE-4: print the old surname (旧氏).</summary>
    public sealed record RegisterOldSurname(bool OnResidentRecord) : CardEvent;

    /// <summary>R-MOVE-2, R-MOVE-7: transfer-out notice (at the counter or one-stop on Myna Portal).</summary>
    public sealed record MoveOut(DateOnly PlannedMoveOut, bool ViaOneStop = false) : CardEvent;

    /// <summary>R-MOVE-2, R-MOVE-3: transfer-in at the new municipality (or back from abroad).</summary>
    public sealed record TransferIn(DateOnly MovedIn, bool InPerson = true) : CardEvent;

    /// <summary>R-MOVE-5: moving abroad, with or without the procedure to keep the card.</summary>
    public sealed record MoveOverseas(DateOnly MoveOutOn, bool ProcedureDone) : CardEvent;

    /// <summary>R-MOVE-6: a foreign resident's change brought to the counter.</summary>
    public sealed record UpdateForeignResident(ForeignResidentChange Change, DateOnly ChangedOn, DateOnly? NewStayUntil = null) : CardEvent;

    /// <summary>R-VAL-6: a foreign resident applied for renewal of stay within the period (special period up to 2 months).</summary>
    public sealed record StayRenewalApplied : CardEvent;

    /// <summary>R-CERT-2: the holder died.</summary>
    public sealed record Death : CardEvent;

    /// <summary>The card is returned (返納).</summary>
    public sealed record Return : CardEvent;

    /// <summary>R-LOSS-3: a new card replaces this one, which becomes invalid.</summary>
    public sealed record Reissue(ReissueReason Reason, bool WithCertificates = true) : CardEvent;

    /// <summary>R-CERT-3: certificate renewal, in person at the counter with the card.</summary>
    public sealed record RenewCertificates(bool InPerson, bool CardPresented) : CardEvent;

    /// <summary>R-CERT-3: card renewal applied for in person with the card (the new card later supersedes this one).</summary>
    public sealed record RenewCard(bool InPerson, bool CardPresented) : CardEvent;
}
