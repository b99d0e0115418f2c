namespace MyNumber.Domain.Lifecycle;

/// <summary>One certificate on a card: status, validity and, when revoked, why and from when (R-CERT-1..3).</summary>
public sealed record CertificateState(
    CertificateStatus Status,
    DateOnly? Issued,
    DateOnly? Expires,
    RevocationReason? RevocationReason,
    DateOnly? RevokedOn)
{
    public static CertificateState NotIssued { get; } = new(CertificateStatus.NotIssued, null, null, null, null);

    public static CertificateState IssuedOn(DateOnly issued, DateOnly expires) =>
        new(CertificateStatus.Valid, issued, expires, null, null);

    /// <summary>R-CERT-2: valid on <paramref name="on"/>; a revoked certificate fails from the moment of revocation.</summary>
    public bool IsValidOn(DateOnly on) => Status == CertificateStatus.Valid && Expires is { } end && on <= end;

    public CertificateState Revoke(RevocationReason reason, DateOnly on) =>
        Status == CertificateStatus.Valid ? this with { Status = CertificateStatus.Revoked, RevocationReason = reason, RevokedOn = on } : this;

    /// <summary>R-CERT-2: a certificate past its expiry is expired.</summary>
    public CertificateState Settle(DateOnly on) =>
        Status == CertificateStatus.Valid && Expires is { } end && on > end ? this with { Status = CertificateStatus.Expired } : this;
}
