namespace MyNumber.Jpki.Verification;

/// <summary>The outcome of a verification: a reason code (<see cref="VerificationReasons"/>), and the
/// certificate when its chain checked out (also on a later refusal such as revoked or expired).</summary>
public sealed record VerificationResult(string ReasonCode, VerifiedCertificate? Certificate)
{
    public bool IsValid => ReasonCode == VerificationReasons.Ok;

    internal static VerificationResult Refused(string reason, VerifiedCertificate? certificate = null) =>
        new(reason, certificate);
}
