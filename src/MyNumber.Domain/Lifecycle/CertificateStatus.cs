namespace MyNumber.Domain.Lifecycle;

/// <summary>A certificate's status.</summary>
public enum CertificateStatus
{
    NotIssued,
    Valid,
    Revoked,
    Expired,
}
