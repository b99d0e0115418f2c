using System.Security.Cryptography;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Crypto;
using MyNumber.Jpki.Revocation;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Verification;

/// <summary>
/// A relying party's verifier (a clinic reader's, a kiosk's): the certificate's chain to the trusted root,
/// its validity at a given simulated time, its revocation status (asked on every call), and a PKCS#1 v1.5
/// SHA-256 signature over a challenge by the certificate's key. RSA math runs on the platform.
/// A bounded cache keeps the chain results per certificate DER so a certificate seen before costs a hash
/// lookup instead of a parse and an RSA verify; it never holds a revocation status, so a revoked
/// certificate is refused from the revocation's time on however warm the cache is. Thread-safe.
/// </summary>
public sealed class CertificateVerifier
{
    private readonly Dictionary<string, ChainAnchor> _anchors = [];
    private readonly BoundedCache<ChainCheck> _cache;

    /// <param name="trustedRoot">The trust anchor; its self-signature is checked.</param>
    /// <param name="issuingCas">CA certificates certified by the root; each is checked against it.</param>
    /// <param name="cacheCapacity">How many certificates' chain results to keep.</param>
    public CertificateVerifier(X509Certificate trustedRoot, IEnumerable<X509Certificate> issuingCas, int cacheCapacity)
    {
        _cache = new BoundedCache<ChainCheck>(cacheCapacity);
        var root = Anchor(trustedRoot, trustedRoot.CertificateStructure.SubjectPublicKeyInfo);
        RequireCertifiedBy(trustedRoot, root, nameof(trustedRoot));
        _anchors[SubjectKey(trustedRoot)] = root;
        foreach (var ca in issuingCas)
        {
            RequireCertifiedBy(ca, root, nameof(issuingCas));

            _anchors[SubjectKey(ca)] = Anchor(ca, ca.CertificateStructure.SubjectPublicKeyInfo) with
            {
                ValidFrom = Max(Start(ca), root.ValidFrom),
                ValidUntil = Min(End(ca), root.ValidUntil),
            };
        }
    }

    public int CacheCapacity => _cache.Capacity;

    public int CachedCertificates => _cache.Count;

    /// <summary>Chain and validity only, no revocation: for callers that ask the revocation shards themselves
    /// (a grain awaiting a shard grain) and then call <see cref="ApplyStatus"/>.</summary>
    public VerificationResult CheckChain(byte[] certificateDer, DateTimeOffset at, CertificateKind? requiredKind = null)
    {
        ArgumentNullException.ThrowIfNull(certificateDer);
        var check = _cache.GetOrAdd(certificateDer, BuildChain);
        if (check.Certificate is not { } certificate)
        {
            return VerificationResult.Refused(check.Failure);
        }

        if (requiredKind is not null && certificate.Kind != requiredKind)
        {
            return VerificationResult.Refused(VerificationReasons.WrongKind, certificate);
        }

        if (at < certificate.ValidFrom)
        {
            return VerificationResult.Refused(VerificationReasons.NotYetValid, certificate);
        }

        return at > certificate.ValidUntil
            ? VerificationResult.Refused(VerificationReasons.Expired, certificate)
            : new VerificationResult(VerificationReasons.Ok, certificate);
    }

    /// <summary>Combines a passed chain check with the revocation status seen at <paramref name="at"/>
    /// (R-CERT-2: revoked from the revocation's time on).</summary>
    public static VerificationResult ApplyStatus(VerificationResult chain, CertificateStatus status, DateTimeOffset at)
    {
        if (!chain.IsValid)
        {
            return chain;
        }

        return status.Kind switch
        {
            CertificateStatusKind.Good => chain,
            CertificateStatusKind.Revoked when status.RevokedAt is { } revokedAt && revokedAt > at => chain,
            CertificateStatusKind.Revoked => VerificationResult.Refused(VerificationReasons.Revoked, chain.Certificate),
            _ => VerificationResult.Refused(VerificationReasons.StatusUnknown, chain.Certificate),
        };
    }

    /// <summary>Chain, validity and revocation: the face-authentication path at a clinic (no private key used).</summary>
    public VerificationResult VerifyCertificate(byte[] certificateDer, DateTimeOffset at, RevocationLookup revocation,
        CertificateKind? requiredKind = null)
    {
        var chain = CheckChain(certificateDer, at, requiredKind);
        return chain.IsValid ? ApplyStatus(chain, revocation(chain.Certificate!.Identity, at), at) : chain;
    }

    /// <summary>Chain, validity, revocation and the card's signature over <paramref name="challenge"/>: the PIN
    /// path at a clinic or a login.</summary>
    public VerificationResult VerifySignature(byte[] certificateDer, ReadOnlySpan<byte> challenge,
        ReadOnlySpan<byte> signature, DateTimeOffset at, RevocationLookup revocation,
        CertificateKind? requiredKind = null)
    {
        var result = VerifyCertificate(certificateDer, at, revocation, requiredKind);
        return !result.IsValid || VerifyChallenge(result.Certificate!, challenge, signature)
            ? result
            : VerificationResult.Refused(VerificationReasons.SignatureInvalid, result.Certificate);
    }

    /// <summary>Whether <paramref name="signature"/> is the certificate key's PKCS#1 v1.5 SHA-256 signature of
    /// <paramref name="challenge"/> (the card signs the challenge's DigestInfo).</summary>
    public static bool VerifyChallenge(VerifiedCertificate certificate, ReadOnlySpan<byte> challenge,
        ReadOnlySpan<byte> signature)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        try
        {
            return certificate.PublicKey.VerifyData(challenge, signature, HashAlgorithmName.SHA256,
                RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            // A key OpenSSL refuses to import cannot have made any signature.
            return false;
        }
    }

    private ChainCheck BuildChain(byte[] der)
    {
        Func<RSA> publicKey;
        if (!CertificateFields.TryRead(der, out var certificate))
        {
            return ChainCheck.Failed(VerificationReasons.Malformed);
        }

        try
        {
            publicKey = RsaKeyConversion.PublicKeyImporter(certificate!.KeyAlgorithm, certificate.KeyBits);
        }
        catch (CryptographicException)
        {
            return ChainCheck.Failed(VerificationReasons.Malformed);
        }

        if (!_anchors.TryGetValue(NameKey(certificate.Issuer.Span), out var issuer))
        {
            return ChainCheck.Failed(VerificationReasons.Untrusted);
        }

        if (certificate.SignatureAlgorithm != PkcsObjectIdentifiers.Sha256WithRsaEncryption.Id ||
            !issuer.PublicKey.VerifyData(certificate.ToBeSigned.Span, certificate.Signature,
                HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
        {
            return ChainCheck.Failed(VerificationReasons.BadSignature);
        }

        var identity = new CertificateIdentity(issuer.Name, certificate.Serial);
        var kind = certificate.IsCa ? null : KindOf(certificate.Policies);
        return new ChainCheck(string.Empty, new VerifiedCertificate(identity, kind,
            Max(certificate.NotBefore, issuer.ValidFrom), Min(certificate.NotAfter, issuer.ValidUntil), publicKey));
    }

    private static CertificateKind? KindOf(IReadOnlyList<string> policies)
    {
        foreach (var policy in policies)
        {
            if (policy == JpkiOids.SigningPolicy.Id)
            {
                return CertificateKind.Signing;
            }

            if (policy == JpkiOids.UserAuthenticationPolicy.Id)
            {
                return CertificateKind.UserAuthentication;
            }
        }

        return null;
    }

    private static void RequireCertifiedBy(X509Certificate ca, ChainAnchor issuer, string parameter)
    {
        if (ca.GetBasicConstraints() < 0)
        {
            throw new ArgumentException($"{ca.SubjectDN} is not a CA certificate.", parameter);
        }

        try
        {
            ca.Verify(new PlatformRsaVerifierFactory(issuer.PublicKey));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ArgumentException($"{ca.SubjectDN} is not certified by {issuer.Name}.", parameter, e);
        }
    }

    private static ChainAnchor Anchor(X509Certificate certificate, SubjectPublicKeyInfo key) =>
        new(certificate, certificate.SubjectDN.ToString(), RsaKeyConversion.ToPlatformPublicKey(key),
            Start(certificate), End(certificate));

    // Names are matched on their DER bytes as the certificates carry them (RFC 5280 name chaining by binary
    // comparison); the anchors' keys are read from their own certificates the same way.
    private static string NameKey(ReadOnlySpan<byte> name) => Convert.ToHexString(name);

    private static string SubjectKey(X509Certificate ca) =>
        CertificateFields.TryRead(ca.GetEncoded(), out var fields)
            ? NameKey(fields!.Subject.Span)
            : throw new ArgumentException($"{ca.SubjectDN} is not a well-formed DER certificate.");

    private static DateTimeOffset Start(X509Certificate c) => new(c.NotBefore, TimeSpan.Zero);

    private static DateTimeOffset End(X509Certificate c) => new(c.NotAfter, TimeSpan.Zero);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record ChainCheck(string Failure, VerifiedCertificate? Certificate)
    {
        public static ChainCheck Failed(string reason) => new(reason, null);
    }
}
