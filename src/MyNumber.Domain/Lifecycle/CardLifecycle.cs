using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// The card state machine: <c>(card, event, date) → (card', outcome)</c>. Before any event the card is
/// settled to the date (expiry, certificate expiry, R-MOVE-3 lapse), so time-driven changes need no event.
/// An event that does not apply is refused with a reason code; nothing throws for a refusal.
/// </summary>
public static class CardLifecycle
{
    public static Transition<Card> Apply(Card card, CardEvent @event, DateOnly on)
    {
        var c = Settle(card, on);
        return @event switch
        {
            CardEvent.MarkReady => c.State == CardState.Applied
                ? Transition.Accept(c with { State = CardState.ReadyForPickup })
                : Refuse(c),
            CardEvent.HandOver e => IssuanceTransitions.HandOver(c, e.Pins, on),
            CardEvent.ReportLost => LossTransitions.Suspend(c),
            CardEvent.ResumeAtCounter e => LossTransitions.Resume(c, e.CardPresented),
            CardEvent.Lapse => c.State is CardState.Active or CardState.Suspended or CardState.MovedOverseas
                ? Transition.Accept(Lapse(c, on))
                : Refuse(c),
            CardEvent.Expire => c.State == CardState.Expired ? Transition.Accept(c) : Refuse(c),
            CardEvent.RevokeCertificate e => RevokeCertificate(c, e.Kind, e.Reason, on),
            CardEvent.MoveWithinCity e => MoveTransitions.ChangeFacts(c, e.ByProxy, on),
            CardEvent.ChangeBasicFact e => MoveTransitions.ChangeFacts(c, e.ByProxy, on),
            CardEvent.RegisterOldSurname e => MoveTransitions.RegisterOldSurname(c, e.OnResidentRecord, on),
            CardEvent.MoveOut e => MoveTransitions.MoveOut(c, e.PlannedMoveOut, e.ViaOneStop, on),
            CardEvent.TransferIn e => MoveTransitions.TransferIn(c, e.MovedIn, e.InPerson, on),
            CardEvent.MoveOverseas e => MoveTransitions.MoveOverseas(c, e.MoveOutOn, e.ProcedureDone, on),
            CardEvent.UpdateForeignResident e => MoveTransitions.UpdateForeignResident(c, e, on),
            CardEvent.StayRenewalApplied => MoveTransitions.StayRenewalApplied(c, on),
            CardEvent.Death => IssuanceTransitions.End(c, RevocationReason.Death, on),
            CardEvent.Return => IssuanceTransitions.End(c, RevocationReason.CardEnded, on),
            CardEvent.Reissue => IssuanceTransitions.Supersede(c, on),
            CardEvent.RenewCertificates e => IssuanceTransitions.RenewCertificates(c, e.InPerson && e.CardPresented, on),
            CardEvent.RenewCard e => IssuanceTransitions.RenewCard(c, e.InPerson && e.CardPresented, on),
            _ => Refuse(c),
        };
    }

    /// <summary>Brings the card up to <paramref name="on"/>: certificates and card past expiry expire; R-MOVE-3 lapses.</summary>
    public static Card Settle(Card card, DateOnly on)
    {
        var c = card with { Signing = card.Signing.Settle(on), UserAuthentication = card.UserAuthentication.Settle(on) };
        if (c.State is CardState.Active or CardState.Suspended or CardState.MovedOverseas && c.Expires is { } end && on > end)
            return c with { State = CardState.Expired };
        if (c.State is CardState.Active or CardState.Suspended && c.PendingTransfer is { } pending && on > pending.LastDayForTransferIn)
            return Lapse(c, on);
        return c;
    }

    /// <summary>R-PIN-2 through the card: nothing is entered while the card is not in use (R-LOSS-1: suspended).</summary>
    public static Transition<Card> VerifyPin(Card card, PinSlot slot, ReadOnlySpan<char> pin, DateOnly on)
    {
        var c = Settle(card, on);
        if (!c.IsInUse || c.Pins is null) return Refuse(c);
        var result = c.Pins.Verify(slot, pin);
        return new Transition<Card>(c with { Pins = result.State }, result.Outcome);
    }

    /// <summary>
    /// R-MOVE-1, R-MOVE-2: a new signing certificate with a new signing PIN, at the counter. Not under 15
    /// (R-VAL-4), not on a face-authentication card (R-PIN-6), not the same day after a change by proxy.
    /// </summary>
    public static Transition<Card> IssueSigningCertificate(Card card, ReadOnlySpan<char> newSigningPin, ReadOnlySpan<byte> salt, DateOnly on)
    {
        var c = Settle(card, on);
        if (SigningRefusal(c, on) is { } refused) return refused;
        var pins = c.Pins!.WithNewSigningPin(newSigningPin, salt);
        if (!pins.IsAccepted) return new Transition<Card>(c, pins.Outcome);
        return Transition.Accept(c with { Pins = pins.State, Signing = c.NewCertificate(on), SigningReissueNotBefore = null });
    }

    /// <summary>
    /// R-MOVE-1, R-MOVE-2: the same, when the holder keeps the signing PIN already on the card (its counter
    /// as it stands). Refused as above, and with <see cref="PinReasons.NotSet"/> when the card has no signing PIN.
    /// </summary>
    public static Transition<Card> IssueSigningCertificate(Card card, DateOnly on)
    {
        var c = Settle(card, on);
        if (SigningRefusal(c, on) is { } refused) return refused;
        if (!c.Pins!.Signing.IsSet) return Transition.Refuse(c, PinReasons.NotSet);
        return Transition.Accept(c with { Signing = c.NewCertificate(on), SigningReissueNotBefore = null });
    }

    /// <summary>Whether a certificate can be used on <paramref name="on"/> (card in use and certificate valid, R-CERT-2, R-LOSS-1).</summary>
    public static Outcome CanUseCertificate(Card card, CertificateKind kind, DateOnly on)
    {
        var c = Settle(card, on);
        if (!c.IsInUse) return Outcome.Refused(StateReason(c.State));
        return c.Certificate(kind).IsValidOn(on) ? Outcome.Accepted : Outcome.Refused(CardReasons.CertificateNotValid);
    }

    /// <summary>The refusal that names why a card in <paramref name="state"/> cannot take an event.</summary>
    public static ReasonCode StateReason(CardState state) => state switch
    {
        CardState.Applied or CardState.ReadyForPickup => CardReasons.NotIssuedYet,
        CardState.Suspended => CardReasons.Suspended,
        CardState.Expired => CardReasons.Expired,
        CardState.Lapsed => CardReasons.Lapsed,
        CardState.Superseded => CardReasons.Superseded,
        CardState.Returned => CardReasons.Returned,
        _ => CardReasons.IllegalEvent,
    };

    private static Transition<Card>? SigningRefusal(Card c, DateOnly on)
    {
        if (!c.IsInUse || c.Pins is null) return Refuse(c);
        if (c.IsFaceAuthentication) return Transition.Refuse(c, CardReasons.FaceAuthenticationCard);
        if (!ValidityRules.GetsSigningCertificate(c.Holder.Birth, on)) return Transition.Refuse(c, CardReasons.SigningUnder15);
        if (c.SigningReissueNotBefore is { } earliest && on < earliest) return Transition.Refuse(c, CardReasons.ProxyNotSameDay);
        return c.Signing.IsValidOn(on) ? Transition.Refuse(c, CardReasons.IllegalEvent) : null;
    }

    internal static Transition<Card> Refuse(Card card) => Transition.Refuse(card, StateReason(card.State));

    internal static Card Lapse(Card card, DateOnly on) =>
        card.RevokeAll(RevocationReason.CardEnded, on) with { State = CardState.Lapsed };

    private static Transition<Card> RevokeCertificate(Card c, CertificateKind kind, RevocationReason reason, DateOnly on)
    {
        if (c.State is CardState.Applied or CardState.ReadyForPickup) return Refuse(c);
        var certificate = c.Certificate(kind);
        if (certificate.Status != CertificateStatus.Valid) return Transition.Refuse(c, CardReasons.CertificateNotValid);
        return Transition.Accept(c.WithCertificate(kind, certificate.Revoke(reason, on)));
    }
}
