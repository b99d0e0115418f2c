using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Lifecycle;

/// <summary>Changes of address, name and status (R-MOVE-1..7) and the signing-certificate revocation they cause (R-CERT-1).</summary>
internal static class MoveTransitions
{
    /// <summary>R-MOVE-5: from this day a national's card can be kept abroad.</summary>
    public static readonly DateOnly OverseasUseStarts = new(2024, 5, 27);

    /// <summary>R-MOVE-6: days a foreign resident has to bring a change to the counter.</summary>
    public const int ForeignUpdateDays = 14;

    /// <summary>
    /// R-MOVE-1, R-CERT-1: the surface is updated and the signing certificate revoked (never the user
    /// certificate). A new one needs <see cref="CardLifecycle.IssueSigningCertificate"/>; by proxy not the same day.
    /// </summary>
    public static Transition<Card> ChangeFacts(Card c, bool byProxy, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        return Transition.Accept(RevokeSigning(c, on) with
        {
            SurfaceUpdatedOn = on,
            SigningReissueNotBefore = byProxy ? on.AddDays(1) : null,
        });
    }

    /// <summary>R-MOVE-4: the old surname is printed only once it is on the resident record.</summary>
    public static Transition<Card> RegisterOldSurname(Card c, bool onResidentRecord, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        if (!onResidentRecord) return Transition.Refuse(c, CardReasons.OldSurnameNotRegistered);
        return Transition.Accept(c with { OldSurnamePrinted = true, SurfaceUpdatedOn = on });
    }

    /// <summary>
    /// R-MOVE-2: the card stays valid after a transfer-out. [decision] The signing certificate is revoked
    /// when the transfer-out is filed (the address on it is no longer true). R-MOVE-7: a one-stop
    /// transfer-out goes through Myna Portal, so it needs a valid user certificate (R-PORTAL-1).
    /// </summary>
    public static Transition<Card> MoveOut(Card c, DateOnly plannedMoveOut, bool viaOneStop, DateOnly on)
    {
        if (c.State != CardState.Active || c.PendingTransfer is not null) return CardLifecycle.Refuse(c);
        if (viaOneStop && (c.IsFaceAuthentication || !c.UserAuthentication.IsValidOn(on)))
            return Transition.Refuse(c, c.IsFaceAuthentication ? CardReasons.FaceAuthenticationCard : CardReasons.CertificateNotValid);
        return Transition.Accept(RevokeSigning(c, on) with { PendingTransfer = new PendingTransfer(plannedMoveOut, on, viaOneStop) });
    }

    /// <summary>
    /// R-MOVE-2, R-MOVE-3, R-MOVE-7: the transfer-in is filed in person within 14 days of moving in (the
    /// 30 days after the planned move-out are enforced by <see cref="CardLifecycle.Settle"/>); too late
    /// and the card lapses. Also the return of a card used abroad (R-MOVE-5).
    /// </summary>
    public static Transition<Card> TransferIn(Card c, DateOnly movedIn, bool inPerson, DateOnly on)
    {
        var returning = c.State == CardState.MovedOverseas;
        if (!returning && (c.State != CardState.Active || c.PendingTransfer is null))
            return c.State == CardState.Active ? Transition.Refuse(c, CardReasons.NoTransferPending) : CardLifecycle.Refuse(c);
        if (!inPerson) return Transition.Refuse(c, CardReasons.TransferInNeedsVisit);
        if (on > movedIn.AddDays(PendingTransfer.DaysAfterMovingIn))
            return Transition.Refuse(CardLifecycle.Lapse(c, on), CardReasons.TransferInLate);
        return Transition.Accept(RevokeSigning(c, on) with
        {
            State = CardState.Active,
            PendingTransfer = null,
            OverseasMoveOut = null,
            SurfaceUpdatedOn = on,
        });
    }

    /// <summary>
    /// R-MOVE-5: a Japanese national moving abroad on or after 2024-05-27 who did the procedure keeps the
    /// card (move-out date printed); otherwise the card lapses. The address changes, so the signing
    /// certificate is revoked (R-CERT-1).
    /// </summary>
    public static Transition<Card> MoveOverseas(Card c, DateOnly moveOut, bool procedureDone, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        if (!c.Holder.JapaneseNational || moveOut < OverseasUseStarts || !procedureDone)
            return Transition.Accept(CardLifecycle.Lapse(c, on));
        return Transition.Accept(RevokeSigning(c, on) with
        {
            State = CardState.MovedOverseas,
            OverseasMoveOut = moveOut,
            SurfaceUpdatedOn = on,
            PendingTransfer = null,
        });
    }

    /// <summary>
    /// R-MOVE-6, R-VAL-5: a foreign resident's change of address or name, or extension of stay, is brought
    /// to the counter within 14 days. An extension sets the card's new expiry (the stay end, capped by the
    /// birthday limit) and reissues the certificates held, which were capped by the old stay end.
    /// </summary>
    public static Transition<Card> UpdateForeignResident(Card c, CardEvent.UpdateForeignResident e, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        if (c.Holder.JapaneseNational) return Transition.Refuse(c, CardReasons.NotForeignResident);
        if (on > e.ChangedOn.AddDays(ForeignUpdateDays)) return Transition.Refuse(c, CardReasons.UpdateOverdue);
        if (e.Change != ForeignResidentChange.PeriodOfStayExtended)
            return Transition.Accept(RevokeSigning(c, on) with { SurfaceUpdatedOn = on });
        if (e.NewStayUntil is not { } stay || c.IssuedOn is not { } issued || stay < on)
            return Transition.Refuse(c, CardReasons.IllegalEvent);
        var extended = c with
        {
            Holder = c.Holder with { StayUntil = stay },
            Expires = ValidityRules.CardExpires(c.Holder.Birth, issued, stay),
            SurfaceUpdatedOn = on,
        };
        return Transition.Accept(extended with
        {
            UserAuthentication = extended.UserAuthentication.IsValidOn(on) ? extended.NewCertificate(on) : extended.UserAuthentication,
            Signing = extended.Signing.IsValidOn(on) ? extended.NewCertificate(on) : extended.Signing,
        });
    }

    /// <summary>
    /// R-VAL-6: a card that ends with the period of stay is extended to the end of the special period
    /// (2 months after the stay) once renewal of stay was applied for in time. The decision then comes as
    /// <see cref="CardEvent.UpdateForeignResident"/> (granted) or <see cref="CardEvent.Lapse"/> (refused).
    /// </summary>
    public static Transition<Card> StayRenewalApplied(Card c, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        if (c.Holder.StayUntil is not { } stay) return Transition.Refuse(c, CardReasons.NotForeignResident);
        if (c.Expires != stay || ForeignResidentValidity.SpecialExtensionEnds(stay, on) is not { } ends)
            return Transition.Refuse(c, CardReasons.IllegalEvent);
        return Transition.Accept(c with { Expires = ends });
    }

    private static Card RevokeSigning(Card c, DateOnly on) =>
        c with { Signing = c.Signing.Revoke(RevocationReason.BasicFactsChanged, on) };
}
