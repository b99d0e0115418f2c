namespace MyNumber.Domain.Lifecycle;

/// <summary>The two electronic certificates on a card.</summary>
public enum CertificateKind
{
    /// <summary>署名用電子証明書.</summary>
    Signing,

    /// <summary>利用者証明用電子証明書.</summary>
    UserAuthentication,
}
