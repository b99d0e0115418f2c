using MyNumber.Domain.Lifecycle;

namespace MyNumber.Domain.Uses;

/// <summary>The card as a health-insurance card (R-INS-1, R-INS-2, p.10).</summary>
public static class HealthInsurance
{
    /// <summary>R-INS-1: paper insurance cards stopped being issued on this day.</summary>
    public static readonly DateOnly PaperCardsStopped = new(2024, 12, 2);

    public static bool PaperCardIssued(DateOnly on) => on < PaperCardsStopped;

    /// <summary>
    /// R-INS-1: registration for insurance use. It needs the user certificate; on Myna Portal and at an
    /// ATM also its PIN, so a face-authentication card registers only at a clinic terminal (R-PIN-6).
    /// </summary>
    public static Outcome Register(Card card, InsuranceRegistrationChannel channel, DateOnly on)
    {
        var usable = CardLifecycle.CanUseCertificate(card, CertificateKind.UserAuthentication, on);
        if (!usable.IsAccepted) return usable;
        if (card.IsFaceAuthentication && channel != InsuranceRegistrationChannel.ClinicTerminal)
            return Outcome.Refused(UseReasons.NeedsPinCard);
        return Outcome.Accepted;
    }

    /// <summary>
    /// R-INS-2: eligibility confirmed at a clinic after the holder is identified (face match, PIN or visual
    /// check; <paramref name="identified"/> is that check's result, a PIN checked through
    /// <see cref="CardLifecycle.VerifyPin"/>). A face-authentication card works, except by PIN.
    /// After a change of insurer the new insurer must have been notified.
    /// </summary>
    public static Outcome ConfirmAtClinic(Card card, bool registered, ClinicIdentification how, bool identified,
        bool insurerNotified, DateOnly on)
    {
        var usable = CardLifecycle.CanUseCertificate(card, CertificateKind.UserAuthentication, on);
        if (!usable.IsAccepted) return usable;
        if (!registered) return Outcome.Refused(UseReasons.NotRegisteredForInsurance);
        if (how == ClinicIdentification.Pin && card.IsFaceAuthentication) return Outcome.Refused(UseReasons.NeedsPinCard);
        if (!identified) return Outcome.Refused(UseReasons.IdentificationFailed);
        return insurerNotified ? Outcome.Accepted : Outcome.Refused(UseReasons.InsurerNotNotified);
    }
}
