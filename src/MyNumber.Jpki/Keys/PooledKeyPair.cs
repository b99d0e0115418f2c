using System.Security.Cryptography;
using MyNumber.Jpki.Crypto;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;

namespace MyNumber.Jpki.Keys;

/// <summary>
/// One real RSA-2048 key pair of a <see cref="CardKeyPool"/>, ready for both libraries: the platform RSA for
/// signing (the chip's work, and the CA's), the SubjectPublicKeyInfo for BouncyCastle's certificate builder.
/// </summary>
public sealed class PooledKeyPair
{
    private readonly RSAParameters _parameters;
    private readonly Lazy<RsaPrivateCrtKeyParameters> _bouncyCastlePrivateKey;

    internal PooledKeyPair(int index, RSAParameters parameters)
    {
        Index = index;
        _parameters = parameters;
        PrivateKey = RSA.Create();
        PrivateKey.ImportParameters(parameters);
        PublicKeyInfo = RsaKeyConversion.ToSubjectPublicKeyInfo(parameters);
        _bouncyCastlePrivateKey = new(() => RsaKeyConversion.ToBouncyCastlePrivateKey(_parameters));
    }

    /// <summary>Position of the key in its pool.</summary>
    public int Index { get; }

    /// <summary>The platform key with its private part (thread-safe for signing on OpenSSL).</summary>
    public RSA PrivateKey { get; }

    /// <summary>The public key as it goes into a certificate.</summary>
    public SubjectPublicKeyInfo PublicKeyInfo { get; }

    /// <summary>The same private key for BouncyCastle's own RSA: only used to measure it against the platform.</summary>
    public RsaPrivateCrtKeyParameters BouncyCastlePrivateKey => _bouncyCastlePrivateKey.Value;

    /// <summary>PKCS#1 RSAPrivateKey DER, as the disk cache stores it.</summary>
    internal byte[] ExportPrivateKey() => PrivateKey.ExportRSAPrivateKey();
}
