using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;

namespace MyNumber.Domain.Uses;

/// <summary>
/// R-PORTAL-1: Myna Portal needs the user certificate and its PIN; e-Tax also the signing certificate and
/// the card-info-input PIN. PINs are checked through the card, so wrong ones count (R-PIN-2).
/// Not for face-authentication cards (R-PIN-6).
/// </summary>
public static class MynaPortal
{
    public static Transition<Card> LogIn(Card card, ReadOnlySpan<char> userPin, DateOnly on)
    {
        var ready = Ready(card, CertificateKind.UserAuthentication, on);
        if (!ready.IsAccepted) return new Transition<Card>(card, ready);
        return CardLifecycle.VerifyPin(card, PinSlot.UserAuthentication, userPin, on);
    }

    public static Transition<Card> FileETax(Card card, ReadOnlySpan<char> userPin, ReadOnlySpan<char> signingPin,
        ReadOnlySpan<char> cardInfoInputPin, DateOnly on)
    {
        var ready = Ready(card, CertificateKind.Signing, on);
        if (!ready.IsAccepted) return new Transition<Card>(card, ready);
        var login = LogIn(card, userPin, on);
        if (!login.IsAccepted) return login;
        var info = CardLifecycle.VerifyPin(login.State, PinSlot.CardInfoInput, cardInfoInputPin, on);
        if (!info.IsAccepted) return info;
        return CardLifecycle.VerifyPin(info.State, PinSlot.Signing, signingPin, on);
    }

    /// <summary>The card can take the use: not face-authentication, card in use, certificate valid.</summary>
    internal static Outcome Ready(Card card, CertificateKind kind, DateOnly on)
    {
        var usable = CardLifecycle.CanUseCertificate(card, kind, on);
        if (!usable.IsAccepted) return usable;
        return card.IsFaceAuthentication ? Outcome.Refused(UseReasons.NeedsPinCard) : Outcome.Accepted;
    }
}
