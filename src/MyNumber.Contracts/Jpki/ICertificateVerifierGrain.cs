using MyNumber.Contracts.Cards;

namespace MyNumber.Contracts.Jpki;

/// <summary>
/// A relying party's verifier, a stateless worker with a bounded cache of chain results (never of
/// revocation status: a revoked certificate is refused from the revocation's simulated time on).
/// </summary>
/// <remarks>
/// The byte arrays are [Immutable]: neither side changes them after the call, so Orleans hands them over
/// instead of deep-copying a certificate on every verification (the clinic peak's hottest path).
/// </remarks>
[Alias("mn.ICertificateVerifierGrain")]
public interface ICertificateVerifierGrain : IGrainWithIntegerKey
{
    /// <summary>Chain, validity now and revocation: the face-authentication path (no private key involved).</summary>
    [Alias("VerifyCertificate")] Task<VerificationAnswer> VerifyCertificateAsync([Immutable] byte[] certificate, CertificateUse kind);

    /// <summary>Chain, validity, revocation and the card's signature over the challenge: the PIN path.</summary>
    [Alias("VerifySignature")]
    Task<VerificationAnswer> VerifySignatureAsync([Immutable] byte[] certificate, CertificateUse kind, [Immutable] byte[] challenge,
        [Immutable] byte[] signature);
}
