using System.Security.Cryptography;
using MyNumber.Jpki.Authority;

namespace MyNumber.Jpki.Verification;

/// <summary>
/// A certificate whose chain to the trusted root checked out: what the verifier caches. It holds only facts
/// that cannot change for the same DER bytes (signatures, names, the validity window, the public key); never
/// a revocation status, which is asked for on every verification. Not the parsed certificate itself: a
/// verifier keeps up to its capacity of these (100,000 by default), and BouncyCastle's object graph of a
/// certificate, kept for each, made the clinic peak's heap and its garbage collections several times larger.
/// </summary>
public sealed class VerifiedCertificate
{
    internal VerifiedCertificate(CertificateIdentity identity, CertificateKind? kind,
        DateTimeOffset validFrom, DateTimeOffset validUntil, Func<RSA> importPublicKey)
    {
        Identity = identity;
        Kind = kind;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        _publicKey = new Lazy<RSA>(importPublicKey, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    // Importing a key into OpenSSL costs several RSA verifies' worth of time, so it happens only when a
    // signature is actually checked: the face-authentication path never needs the card's key.
    private readonly Lazy<RSA> _publicKey;

    public CertificateIdentity Identity { get; }

    /// <summary>Which JPKI certificate this is, from its policy; null for a certificate of no JPKI policy.</summary>
    public CertificateKind? Kind { get; }

    /// <summary>Start of the validity window of the whole chain (the latest notBefore on it).</summary>
    public DateTimeOffset ValidFrom { get; }

    /// <summary>End of the validity window of the whole chain (the earliest notAfter on it).</summary>
    public DateTimeOffset ValidUntil { get; }

    /// <summary>The subject's key in the platform RSA, imported on first use (OpenSSL verifies thread-safely on
    /// one instance). Throws <see cref="CryptographicException"/> if the key cannot be imported.</summary>
    public RSA PublicKey => _publicKey.Value;
}
