namespace MyNumber.Jpki.Authority;

/// <summary>The two JPKI certificates on a card, each issued by its own CA.</summary>
public enum CertificateKind
{
    /// <summary>署名用電子証明書: carries the four basic facts; used to sign documents (PIN of 6–16 characters).</summary>
    Signing = 1,

    /// <summary>利用者証明用電子証明書: carries no personal facts; used to log in and at clinics (4-digit PIN).</summary>
    UserAuthentication = 2,
}
