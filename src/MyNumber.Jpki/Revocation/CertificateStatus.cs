namespace MyNumber.Jpki.Revocation;

/// <summary>A certificate's revocation status at a point in time.</summary>
public sealed record CertificateStatus(CertificateStatusKind Kind, DateTimeOffset? RevokedAt = null,
    RevocationReason? Reason = null)
{
    public static readonly CertificateStatus Good = new(CertificateStatusKind.Good);

    public static readonly CertificateStatus Unknown = new(CertificateStatusKind.Unknown);

    public static CertificateStatus Revoked(DateTimeOffset at, RevocationReason reason) =>
        new(CertificateStatusKind.Revoked, at, reason);
}
