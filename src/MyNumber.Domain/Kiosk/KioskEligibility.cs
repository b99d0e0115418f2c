namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-1: store issuance is open to holders aged 15 or over with a card carrying a user-authentication
/// certificate and its 4-digit PIN, or a smartphone with a smartphone certificate. Face-authentication cards
/// (顔認証マイナンバーカード) have no PIN and so cannot be used. The PIN itself is checked at step ④ of the session.
/// </summary>
public static class KioskEligibility
{
    public const int MinimumAge = 15;

    public static Outcome Check(KioskCredential credential, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (Birthdays.AgeOn(credential.HolderBirthDate, on) < MinimumAge) return Outcome.Refused(KioskReasons.Under15);
        return credential.Kind switch
        {
            KioskCredentialKind.Card when credential.IsFaceAuthenticationCard =>
                Outcome.Refused(KioskReasons.FaceAuthenticationCard),
            KioskCredentialKind.Card when !credential.HasUsableUserCertificate =>
                Outcome.Refused(KioskReasons.NoUserCertificate),
            KioskCredentialKind.Smartphone when !credential.HasUsableUserCertificate =>
                Outcome.Refused(KioskReasons.NoSmartphoneCertificate),
            _ => Outcome.Accepted,
        };
    }
}
