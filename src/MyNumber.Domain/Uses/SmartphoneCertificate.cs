using MyNumber.Domain.Lifecycle;

namespace MyNumber.Domain.Uses;

/// <summary>
/// R-SMART-1: a smartphone certificate (スマホ用電子証明書) lets the phone's biometrics replace the 4-digit
/// PIN. Only the holder can stop it (revocation or suspension). [decision] Android from 2023-05-11;
/// iPhone, "undecided" in the guide, from 2025-06-24 [ext].
/// </summary>
public sealed record SmartphoneCertificate(SmartphonePlatform Platform, bool Suspended, bool Revoked)
{
    public static readonly DateOnly AndroidStarts = new(2023, 5, 11);
    public static readonly DateOnly IPhoneStarts = new(2025, 6, 24);

    public bool IsActive => !Suspended && !Revoked;

    /// <summary>Issued from a card whose user certificate is usable and which has PINs (not face-authentication).</summary>
    public static Transition<SmartphoneCertificate?> Issue(Card card, SmartphonePlatform platform, DateOnly on)
    {
        var starts = platform == SmartphonePlatform.Android ? AndroidStarts : IPhoneStarts;
        if (on < starts) return Transition.Refuse<SmartphoneCertificate?>(null, UseReasons.SmartphonePlatformUnsupported);
        var ready = MynaPortal.Ready(card, CertificateKind.UserAuthentication, on);
        if (!ready.IsAccepted) return new Transition<SmartphoneCertificate?>(null, ready);
        return Transition.Accept<SmartphoneCertificate?>(new SmartphoneCertificate(platform, false, false));
    }

    /// <summary>Use in place of the 4-digit PIN: the phone's biometric check decides.</summary>
    public Outcome Use(bool biometricsMatched) =>
        !IsActive ? Outcome.Refused(UseReasons.SmartphoneNotActive)
        : biometricsMatched ? Outcome.Accepted : Outcome.Refused(UseReasons.BiometricsFailed);

    /// <summary>Stopping needs the holder's own revocation or suspension.</summary>
    public Transition<SmartphoneCertificate> Stop(bool byHolder, bool revoke) =>
        !byHolder ? Transition.Refuse(this, UseReasons.OnlyHolderCanStop)
        : Transition.Accept(revoke ? this with { Revoked = true } : this with { Suspended = true });
}
