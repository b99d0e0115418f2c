using MyNumber.Contracts.Cards;

namespace MyNumber.Contracts.Jpki;

/// <summary>
/// A relying party's verifier, a stateless worker with a bounded cache of chain results (never of
/// revocation status: a revoked certificate is refused from the revocation's simulated time on).
/// </summary>
[Alias("mn.ICertificateVerifierGrain")]
public interface ICertificateVerifierGrain : IGrainWithIntegerKey
{
    /// <summary>Chain, validity now and revocation: the face-authentication path (no private key involved).</summary>
    [Alias("VerifyCertificate")] Task<VerificationAnswer> VerifyCertificateAsync(byte[] certificate, CertificateUse kind);

    /// <summary>Chain, validity, revocation and the card's signature over the challenge: the PIN path.</summary>
    [Alias("VerifySignature")]
    Task<VerificationAnswer> VerifySignatureAsync(byte[] certificate, CertificateUse kind, byte[] challenge, byte[] signature);
}
