using System.Numerics;
using Org.BouncyCastle.X509;

namespace MyNumber.Jpki.Authority;

/// <summary>A certificate the authority issued: the DER a card stores, and the parsed form.</summary>
public sealed record IssuedCertificate(CertificateKind Kind, BigInteger Serial, byte[] Der, X509Certificate Certificate)
{
    public DateTimeOffset NotBefore => new(Certificate.NotBefore, TimeSpan.Zero);

    public DateTimeOffset NotAfter => new(Certificate.NotAfter, TimeSpan.Zero);
}
