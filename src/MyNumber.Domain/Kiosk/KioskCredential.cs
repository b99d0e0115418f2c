namespace MyNumber.Domain.Kiosk;

/// <summary>
/// The facts R-KIOSK-1 needs about the holder and what they bring, as plain values so callers need no other
/// Domain type. <paramref name="HasUsableUserCertificate"/> means a valid user-authentication certificate
/// (利用者証明用電子証明書) on the card, or the smartphone certificate (スマホ用電子証明書) on the phone.
/// </summary>
public sealed record KioskCredential(
    DateOnly HolderBirthDate,
    KioskCredentialKind Kind,
    bool HasUsableUserCertificate,
    bool IsFaceAuthenticationCard = false);
