using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Lifecycle;

/// <summary>Handover, renewal (R-CERT-3), reissue (R-LOSS-3), return and death (R-CERT-2).</summary>
internal static class IssuanceTransitions
{
    /// <summary>
    /// Handover: the card and its certificates start on the handover day (R-VAL-1..5). No signing
    /// certificate under 15 (R-VAL-4), on a face-authentication card (R-PIN-6) or without a signing PIN.
    /// </summary>
    public static Transition<Card> HandOver(Card c, PinSet pins, DateOnly on)
    {
        if (c.State != CardState.ReadyForPickup) return CardLifecycle.Refuse(c);
        if (pins.Signing.IsSet && !ValidityRules.GetsSigningCertificate(c.Holder.Birth, on))
            return Transition.Refuse(c, CardReasons.SigningUnder15);
        var issued = c with
        {
            State = CardState.Active,
            IssuedOn = on,
            Expires = ValidityRules.CardExpires(c.Holder.Birth, on, c.Holder.StayUntil),
            Pins = pins,
        };
        var signing = !pins.IsFaceAuthentication && pins.Signing.IsSet ? issued.NewCertificate(on) : CertificateState.NotIssued;
        return Transition.Accept(issued with { UserAuthentication = issued.NewCertificate(on), Signing = signing });
    }

    /// <summary>Death (R-CERT-2) or return: the card ends and its certificates are revoked.</summary>
    public static Transition<Card> End(Card c, RevocationReason reason, DateOnly on) =>
        c.State is CardState.Returned or CardState.Superseded
            ? CardLifecycle.Refuse(c)
            : Transition.Accept(c.RevokeAll(reason, on) with { State = CardState.Returned, SuspendedFrom = null });

    /// <summary>R-LOSS-3: once the new card is issued the old one is invalid (fee: <see cref="ReissueFee"/>).</summary>
    public static Transition<Card> Supersede(Card c, DateOnly on) =>
        c.State is CardState.Active or CardState.Suspended or CardState.MovedOverseas or CardState.Expired or CardState.Lapsed
            ? Transition.Accept(c.RevokeAll(RevocationReason.CardEnded, on) with { State = CardState.Superseded, SuspendedFrom = null })
            : CardLifecycle.Refuse(c);

    /// <summary>
    /// R-CERT-3: in person with the card; from the day the window opens (R-VAL-7), or any day once a
    /// certificate is no longer valid. Certificates already held are issued anew; PINs are kept.
    /// </summary>
    public static Transition<Card> RenewCertificates(Card c, bool inPersonWithCard, DateOnly on)
    {
        if (c.State != CardState.Active) return CardLifecycle.Refuse(c);
        if (!inPersonWithCard) return Transition.Refuse(c, CardReasons.NeedsCardAtCounter);
        if (c.UserAuthentication.IsValidOn(on) && c.UserAuthentication.Expires is { } end && on < ValidityRules.RenewalOpens(end))
            return Transition.Refuse(c, CardReasons.RenewalNotOpen);
        var wantsSigning = c.Pins is { IsFaceAuthentication: false, Signing.IsSet: true }
            && ValidityRules.GetsSigningCertificate(c.Holder.Birth, on);
        return Transition.Accept(c with
        {
            UserAuthentication = c.NewCertificate(on),
            Signing = wantsSigning ? c.NewCertificate(on) : c.Signing,
        });
    }

    /// <summary>
    /// R-CERT-3: a card renewal is applied for in person with the card, from the day the window opens
    /// (R-VAL-7) or after expiry. The old card stays usable until the new one supersedes it (Reissue).
    /// </summary>
    public static Transition<Card> RenewCard(Card c, bool inPersonWithCard, DateOnly on)
    {
        if (c.State is not (CardState.Active or CardState.Expired)) return CardLifecycle.Refuse(c);
        if (!inPersonWithCard) return Transition.Refuse(c, CardReasons.NeedsCardAtCounter);
        if (c.State == CardState.Active && c.Expires is { } end && on < ValidityRules.RenewalOpens(end))
            return Transition.Refuse(c, CardReasons.RenewalNotOpen);
        return Transition.Accept(c with { RenewalAppliedOn = on });
    }
}
