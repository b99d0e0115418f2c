namespace MyNumber.Jpki.Revocation;

/// <summary>The three answers of an OCSP responder.</summary>
public enum CertificateStatusKind
{
    Good = 0,
    Revoked = 1,

    /// <summary>The responder does not know the certificate (another issuer).</summary>
    Unknown = 2,
}
