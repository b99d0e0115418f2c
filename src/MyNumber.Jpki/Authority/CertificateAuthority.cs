using System.Numerics;
using System.Security.Cryptography;
using MyNumber.Jpki.Crypto;
using MyNumber.Jpki.Keys;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.X509;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// One CA of the hierarchy: its certificate, its key, and certificate building with BouncyCastle signed by
/// the platform RSA. Stateless apart from the key, so any number of workers may issue through it at once.
/// </summary>
public sealed class CertificateAuthority
{
    internal CertificateAuthority(X509Certificate certificate, PooledKeyPair key)
    {
        Certificate = certificate;
        Key = key;
        Name = certificate.SubjectDN;
        NameText = Name.ToString();
        SignatureFactory = new PlatformRsaSignatureFactory(key.PrivateKey);
        KeyIdentifier = KeyIdentifierOf(key.PublicKeyInfo);
    }

    public X509Certificate Certificate { get; }

    public X509Name Name { get; }

    /// <summary>The CA's name as text, the issuer part of a <c>CertificateIdentity</c>.</summary>
    public string NameText { get; }

    public PooledKeyPair Key { get; }

    /// <summary>SHA256withRSA with the platform's RSA: what this CA signs everything with.</summary>
    public ISignatureFactory SignatureFactory { get; }

    internal byte[] KeyIdentifier { get; }

    /// <summary>Creates a self-signed root CA.</summary>
    internal static CertificateAuthority CreateRoot(X509Name name, PooledKeyPair key, DateTimeOffset notBefore,
        DateTimeOffset notAfter)
    {
        var generator = CaGenerator(name, name, key, BigInteger.One, notBefore, notAfter, pathLength: 1);
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false,
            new AuthorityKeyIdentifier(KeyIdentifierOf(key.PublicKeyInfo)));
        var certificate = generator.Generate(new PlatformRsaSignatureFactory(key.PrivateKey));
        return new CertificateAuthority(certificate, key);
    }

    /// <summary>Creates a subordinate CA certified by this one.</summary>
    internal CertificateAuthority CreateSubordinate(X509Name name, PooledKeyPair key, BigInteger serial,
        DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var generator = CaGenerator(name, Name, key, serial, notBefore, notAfter, pathLength: 0);
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyIdentifier));
        return new CertificateAuthority(generator.Generate(SignatureFactory), key);
    }

    /// <summary>A generator for a certificate this CA issues, with the fields every card certificate shares.</summary>
    internal X509V3CertificateGenerator LeafGenerator(SubjectPublicKeyInfo subjectKey, X509Name subject,
        BigInteger serial, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(ToBouncyCastle(serial));
        generator.SetIssuerDN(Name);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetSubjectPublicKeyInfo(subjectKey);
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyIdentifier));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false,
            new SubjectKeyIdentifier(KeyIdentifierOf(subjectKey)));
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        return generator;
    }

    internal static BcBigInteger ToBouncyCastle(BigInteger value) =>
        new(1, value.ToByteArray(isUnsigned: true, isBigEndian: true));

    internal static BigInteger FromBouncyCastle(BcBigInteger value) =>
        new(value.ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);

    private static X509V3CertificateGenerator CaGenerator(X509Name subject, X509Name issuer, PooledKeyPair key,
        BigInteger serial, DateTimeOffset notBefore, DateTimeOffset notAfter, int pathLength)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(ToBouncyCastle(serial));
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetSubjectPublicKeyInfo(key.PublicKeyInfo);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(pathLength));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false,
            new SubjectKeyIdentifier(KeyIdentifierOf(key.PublicKeyInfo)));
        return generator;
    }

    // RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.
    private static byte[] KeyIdentifierOf(SubjectPublicKeyInfo key) => SHA1.HashData(key.PublicKey.GetBytes());
}
