using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;

namespace MyNumber.Jpki.Crypto;

/// <summary>
/// SHA256withRSA (PKCS#1 v1.5) for BouncyCastle's generators, with the private-key operation done by the
/// platform's RSA (OpenSSL underneath): BouncyCastle's managed RSA signs ~19x slower (crypto-notes.md §1–4).
/// BouncyCastle still builds every certificate, CRL and OCSP response; only the RSA math moves.
/// </summary>
public sealed class PlatformRsaSignatureFactory : ISignatureFactory
{
    private static readonly AlgorithmIdentifier Sha256WithRsa =
        new(PkcsObjectIdentifiers.Sha256WithRsaEncryption, DerNull.Instance);

    private readonly RSA _privateKey;

    /// <param name="privateKey">A platform RSA key holding the private part. The platform RSA (OpenSSL) creates a
    /// fresh context per operation, so one instance may sign from several threads at once.</param>
    public PlatformRsaSignatureFactory(RSA privateKey) => _privateKey = privateKey;

    public object AlgorithmDetails => Sha256WithRsa;

    public IStreamCalculator<IBlockResult> CreateCalculator() => new PlatformSignatureCalculator(_privateKey);
}
