namespace MyNumber.Jpki.Verification;

/// <summary>The reason codes of a <see cref="VerificationResult"/>; the load harness counts outcomes by them.</summary>
public static class VerificationReasons
{
    public const string Ok = "ok";
    public const string Malformed = "cert.malformed";
    public const string Untrusted = "cert.untrusted";
    public const string BadSignature = "cert.bad-signature";
    public const string NotYetValid = "cert.not-yet-valid";
    public const string Expired = "cert.expired";
    public const string Revoked = "cert.revoked";
    public const string StatusUnknown = "cert.status-unknown";
    public const string WrongKind = "cert.wrong-kind";

    /// <summary>The certificate is fine but the signature over the challenge was not made by its key.</summary>
    public const string SignatureInvalid = "signature.invalid";
}
