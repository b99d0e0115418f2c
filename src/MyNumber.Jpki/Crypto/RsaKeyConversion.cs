using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Pkcs;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace MyNumber.Jpki.Crypto;

/// <summary>
/// Moves RSA keys between BouncyCastle and the platform without ever constructing a BouncyCastle RSA public
/// key object (whose constructor runs a ~14 ms modulus check): public keys travel as ASN.1 structures.
/// </summary>
internal static class RsaKeyConversion
{
    public static SubjectPublicKeyInfo ToSubjectPublicKeyInfo(RSAParameters key) =>
        new(new AlgorithmIdentifier(PkcsObjectIdentifiers.RsaEncryption, DerNull.Instance),
            new RsaPublicKeyStructure(new BcBigInteger(1, key.Modulus), new BcBigInteger(1, key.Exponent)));

    /// <summary>Reads an RSA public key from a certificate's SubjectPublicKeyInfo into a platform RSA.</summary>
    public static RSA ToPlatformPublicKey(SubjectPublicKeyInfo info)
    {
        if (!info.Algorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption))
        {
            throw new CryptographicException($"Not an RSA key: {info.Algorithm.Algorithm}.");
        }

        var structure = RsaPublicKeyStructure.GetInstance(info.ParsePublicKey());
        var rsa = RSA.Create();
        rsa.ImportParameters(new RSAParameters
        {
            Modulus = structure.Modulus.ToByteArrayUnsigned(),
            Exponent = structure.PublicExponent.ToByteArrayUnsigned(),
        });
        return rsa;
    }

    /// <summary>Checks the key's algorithm now and returns its parsing and the costly platform import as a
    /// function to run when the key is first needed; a malformed key then fails as a CryptographicException.</summary>
    public static Func<RSA> PublicKeyImporter(SubjectPublicKeyInfo info)
    {
        if (!info.Algorithm.Algorithm.Equals(PkcsObjectIdentifiers.RsaEncryption))
        {
            throw new CryptographicException($"Not an RSA key: {info.Algorithm.Algorithm}.");
        }

        // The key itself is parsed only when a signature is checked: the face path never needs it, and a
        // cold chain check on the clinic peak would otherwise pay two big-integer decodings per certificate.
        // Only the key's bit string is kept (a few hundred bytes), not the parsed certificate around it: the
        // verifier caches this function for up to its capacity of certificates.
        var keyBits = info.PublicKey;
        return () =>
        {
            RsaPublicKeyStructure structure;
            try
            {
                structure = RsaPublicKeyStructure.GetInstance(Asn1Object.FromByteArray(keyBits.GetOctets()));
            }
            catch (Exception e) when (e is not OutOfMemoryException and not CryptographicException)
            {
                throw new CryptographicException("Malformed RSA public key.", e);
            }

            var parameters = new RSAParameters
            {
                Modulus = structure.Modulus.ToByteArrayUnsigned(),
                Exponent = structure.PublicExponent.ToByteArrayUnsigned(),
            };
            var rsa = RSA.Create();
            rsa.ImportParameters(parameters);
            return rsa;
        };
    }

    public static RSAParameters ToPlatformParameters(RsaPrivateCrtKeyParameters key)
    {
        var modulus = key.Modulus.ToByteArrayUnsigned();
        var half = (modulus.Length + 1) / 2;
        return new RSAParameters
        {
            Modulus = modulus,
            Exponent = key.PublicExponent.ToByteArrayUnsigned(),
            D = Pad(key.Exponent, modulus.Length),
            P = Pad(key.P, half),
            Q = Pad(key.Q, half),
            DP = Pad(key.DP, half),
            DQ = Pad(key.DQ, half),
            InverseQ = Pad(key.QInv, half),
        };
    }

    public static RsaPrivateCrtKeyParameters ToBouncyCastlePrivateKey(RSAParameters key) =>
        new(Unsigned(key.Modulus!), Unsigned(key.Exponent!), Unsigned(key.D!), Unsigned(key.P!), Unsigned(key.Q!),
            Unsigned(key.DP!), Unsigned(key.DQ!), Unsigned(key.InverseQ!));

    private static BcBigInteger Unsigned(byte[] value) => new(1, value);

    // The platform import wants fixed-width big-endian fields; BouncyCastle drops leading zeros.
    private static byte[] Pad(BcBigInteger value, int length)
    {
        var bytes = value.ToByteArrayUnsigned();
        if (bytes.Length == length)
        {
            return bytes;
        }

        var padded = new byte[length];
        bytes.CopyTo(padded, length - bytes.Length);
        return padded;
    }
}
