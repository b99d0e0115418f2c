using System.Globalization;
using System.Numerics;
using MyNumber.Jpki.Keys;
using MyNumber.Jpki.Revocation;
using MyNumber.Jpki.Verification;
using Org.BouncyCastle.Asn1.X509;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// The JPKI certificate authority (公的個人認証サービス): a root CA certifying two issuing CAs, one for
/// signing certificates and one for user-authentication certificates (the card stores each issuing CA's
/// certificate next to the certificate it issued: EF 0002 and EF 000B), RSA-2048 and SHA256withRSA
/// throughout, and one sharded revocation registry per issuing CA. Issuance is stateless and thread-safe.
/// </summary>
public sealed class JpkiAuthority
{
    private const string CrlBase = "http://crl.jpki.invalid";
    private const string OcspBase = "http://ocsp.jpki.invalid";

    private JpkiAuthority(CertificateAuthority root, CertificateAuthority signing, CertificateAuthority user,
        int revocationShards)
    {
        Root = root;
        SigningCa = signing;
        UserAuthenticationCa = user;
        SigningRevocations = new RevocationRegistry(revocationShards);
        UserAuthenticationRevocations = new RevocationRegistry(revocationShards);
    }

    public CertificateAuthority Root { get; }

    /// <summary>署名用認証局.</summary>
    public CertificateAuthority SigningCa { get; }

    /// <summary>利用者証明用認証局.</summary>
    public CertificateAuthority UserAuthenticationCa { get; }

    public RevocationRegistry SigningRevocations { get; }

    public RevocationRegistry UserAuthenticationRevocations { get; }

    /// <summary>Builds the hierarchy from three keys of <paramref name="caKeys"/> (root, signing CA, user CA), so the
    /// same seed always yields the same CA keys; the CA certificates are valid for 20 years from notBefore.</summary>
    public static JpkiAuthority Create(CardKeyPool caKeys, DateTimeOffset notBefore, int revocationShards = 16)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(caKeys.Size, 3);
        var notAfter = notBefore.AddYears(20);
        var root = CertificateAuthority.CreateRoot(CaName("JPKI Root CA"), caKeys[0], notBefore, notAfter);
        var signing = root.CreateSubordinate(CaName("JPKI for digital signature"), caKeys[1], 2, notBefore, notAfter);
        var user = root.CreateSubordinate(CaName("JPKI for user authentication"), caKeys[2], 3, notBefore, notAfter);
        return new JpkiAuthority(root, signing, user, revocationShards);
    }

    /// <summary>Builds the hierarchy with CA keys derived from <paramref name="seed"/> (cached on disk when a
    /// directory is given).</summary>
    public static JpkiAuthority Create(string seed, DateTimeOffset notBefore, string? keyCacheDirectory = null,
        int revocationShards = 16) =>
        Create(CardKeyPool.Create(seed, 3, keyCacheDirectory, label: "ca"), notBefore, revocationShards);

    public CertificateAuthority AuthorityFor(CertificateKind kind) =>
        kind == CertificateKind.Signing ? SigningCa : UserAuthenticationCa;

    public RevocationRegistry RevocationsFor(CertificateKind kind) =>
        kind == CertificateKind.Signing ? SigningRevocations : UserAuthenticationRevocations;

    /// <summary>Issues a signing certificate (署名用電子証明書) that carries the four basic facts in its
    /// subjectAltName; key usage digitalSignature + nonRepudiation.</summary>
    public IssuedCertificate IssueSigningCertificate(SubjectPublicKeyInfo subjectKey, BasicFacts facts,
        BigInteger serial, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var generator = Profile(CertificateKind.Signing, subjectKey, serial, notBefore, notAfter);
        generator.AddExtension(X509Extensions.KeyUsage, true,
            new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        generator.AddExtension(X509Extensions.SubjectAlternativeName, false, BasicFactsCodec.ToSubjectAltName(facts));
        var certificate = generator.Generate(SigningCa.SignatureFactory);
        return new IssuedCertificate(CertificateKind.Signing, serial, certificate.GetEncoded(), certificate);
    }

    /// <summary>Issues a user-authentication certificate (利用者証明用電子証明書): no personal facts at all;
    /// key usage digitalSignature.</summary>
    public IssuedCertificate IssueUserAuthenticationCertificate(SubjectPublicKeyInfo subjectKey, BigInteger serial,
        DateTimeOffset notBefore, DateTimeOffset notAfter) =>
        IssueUserAuthenticationCertificate(subjectKey, serial, notBefore, notAfter, UserAuthenticationCa.SignatureFactory);

    /// <summary>The same issuance with another signer: lets the benchmark sign with BouncyCastle's own RSA.</summary>
    internal IssuedCertificate IssueUserAuthenticationCertificate(SubjectPublicKeyInfo subjectKey, BigInteger serial,
        DateTimeOffset notBefore, DateTimeOffset notAfter, Org.BouncyCastle.Crypto.ISignatureFactory signer)
    {
        var generator = Profile(CertificateKind.UserAuthentication, subjectKey, serial, notBefore, notAfter);
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature));
        var certificate = generator.Generate(signer);
        return new IssuedCertificate(CertificateKind.UserAuthentication, serial, certificate.GetEncoded(), certificate);
    }

    /// <summary>Revokes a certificate from simulated time <paramref name="at"/> on (R-CERT-2).</summary>
    public bool Revoke(CertificateKind kind, BigInteger serial, DateTimeOffset at, RevocationReason reason) =>
        RevocationsFor(kind).Revoke(serial, at, reason);

    /// <summary>R-CERT-1: a change of any basic fact revokes the signing certificate at once; the
    /// user-authentication certificate carries no facts and stays valid. Returns whether a revocation was recorded.</summary>
    public bool ApplyBasicFactsChange(BigInteger signingSerial, DateTimeOffset at) =>
        SigningRevocations.Revoke(signingSerial, at, RevocationReason.AffiliationChanged);

    /// <summary>Status by identity: routes to the issuing CA's registry; another issuer is unknown.</summary>
    public CertificateStatus StatusOf(CertificateIdentity certificate, DateTimeOffset at)
    {
        if (certificate.Issuer == SigningCa.NameText)
        {
            return SigningRevocations.StatusAt(certificate.Serial, at);
        }

        return certificate.Issuer == UserAuthenticationCa.NameText
            ? UserAuthenticationRevocations.StatusAt(certificate.Serial, at)
            : CertificateStatus.Unknown;
    }

    /// <summary>A verifier that trusts this authority's root and knows its two issuing CAs.</summary>
    public CertificateVerifier CreateVerifier(int cacheCapacity) =>
        new(Root.Certificate, [SigningCa.Certificate, UserAuthenticationCa.Certificate], cacheCapacity);

    private Org.BouncyCastle.X509.X509V3CertificateGenerator Profile(CertificateKind kind,
        SubjectPublicKeyInfo subjectKey, BigInteger serial, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        ArgumentNullException.ThrowIfNull(subjectKey);
        ArgumentOutOfRangeException.ThrowIfLessThan(serial, BigInteger.One);
        if (notAfter <= notBefore)
        {
            throw new ArgumentException("A certificate must end after it begins.", nameof(notAfter));
        }

        var authority = AuthorityFor(kind);
        var tag = kind == CertificateKind.Signing ? "sign" : "auth";
        var serialHex = serial.ToString("X", CultureInfo.InvariantCulture).TrimStart('0');
        // The subject names no person: the facts live in subjectAltName (signing) or nowhere (user authentication).
        var subject = new X509Name($"C=JP,CN={tag}-{serialHex}");
        var generator = authority.LeafGenerator(subjectKey, subject, serial, notBefore, notAfter);
        var policy = kind == CertificateKind.Signing ? JpkiOids.SigningPolicy : JpkiOids.UserAuthenticationPolicy;
        generator.AddExtension(X509Extensions.CertificatePolicies, false,
            new CertificatePolicies(new PolicyInformation(policy)));
        var shard = RevocationShardMap.ShardOf(serial, RevocationsFor(kind).ShardCount);
        generator.AddExtension(X509Extensions.CrlDistributionPoints, false, new CrlDistPoint(
        [
            new DistributionPoint(new DistributionPointName(new GeneralNames(
                new GeneralName(GeneralName.UniformResourceIdentifier, $"{CrlBase}/{tag}/shard-{shard}.crl"))), null, null),
        ]));
        generator.AddExtension(X509Extensions.AuthorityInfoAccess, false, new AuthorityInformationAccess(
            new AccessDescription(AccessDescription.IdADOcsp,
                new GeneralName(GeneralName.UniformResourceIdentifier, $"{OcspBase}/{tag}"))));
        return generator;
    }

    private static X509Name CaName(string unit) => new($"C=JP,O=JPKI,OU={unit}");
}
