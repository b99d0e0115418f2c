using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;

namespace MyNumber.Domain.Uses;

/// <summary>
/// R-PASS-1: online passport renewal on Myna Portal (p.13). The signer is the applicant, or for an
/// under-15 the legal representative whose portal holds the proxy setting; the signing PIN is checked
/// through the signer's card. Collection is in person, outside this decision.
/// </summary>
public static class PassportOnlineRenewal
{
    /// <summary>[ext] Online renewal started on 2023-03-27.</summary>
    public static readonly DateOnly Starts = new(2023, 3, 27);

    public const int MaxVisaSpreads = 3;

    public static Outcome Eligible(PassportRenewalRequest request, DateOnly on)
    {
        if (on < Starts) return Outcome.Refused(UseReasons.PassportNotYetOnline);
        if (request.PassportExpires >= on.AddYears(1) && request.VisaSpreadsLeft > MaxVisaSpreads)
            return Outcome.Refused(UseReasons.PassportNotDue);
        if (request.DomicileNameOrSexChanged) return Outcome.Refused(UseReasons.PassportFactsChanged);
        if (Birthdays.AgeOn(request.ApplicantBirth, on) < 15 && !request.ViaLegalRepresentative)
            return Outcome.Refused(UseReasons.PassportNeedsProxy);
        return request.PaidByCard ? Outcome.Accepted : Outcome.Refused(UseReasons.PassportCardPaymentOnly);
    }

    public static Transition<Card> Apply(Card signerCard, ReadOnlySpan<char> signingPin, PassportRenewalRequest request, DateOnly on)
    {
        var eligible = Eligible(request, on);
        if (!eligible.IsAccepted) return new Transition<Card>(signerCard, eligible);
        var ready = MynaPortal.Ready(signerCard, CertificateKind.Signing, on);
        if (!ready.IsAccepted) return new Transition<Card>(signerCard, ready);
        return CardLifecycle.VerifyPin(signerCard, PinSlot.Signing, signingPin, on);
    }
}
