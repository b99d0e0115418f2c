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

    /// <summary>Checks the key's algorithm now and returns the costly platform import (OpenSSL: several RSA
    /// verifies' worth) as a function to run when the key is first needed: the face path never needs the
    /// card's key. The function keeps only the key's bit string (an RSAPublicKey in DER, a few hundred
    /// bytes), since the verifier caches it for up to its capacity of certificates; a malformed key then
    /// fails as a CryptographicException.</summary>
    public static Func<RSA> PublicKeyImporter(string algorithmOid, byte[] rsaPublicKey)
    {
        if (algorithmOid != PkcsObjectIdentifiers.RsaEncryption.Id)
        {
            throw new CryptographicException($"Not an RSA key: {algorithmOid}.");
        }

        return () =>
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportRSAPublicKey(rsaPublicKey, out var read);
                if (read != rsaPublicKey.Length) throw new CryptographicException("Trailing bytes after the RSA public key.");
                return rsa;
            }
            catch
            {
                rsa.Dispose();
                throw;
            }
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
