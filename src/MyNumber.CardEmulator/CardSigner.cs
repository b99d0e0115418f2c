using System.Numerics;
using System.Security.Cryptography;

namespace MyNumber.CardEmulator;

/// <summary>
/// The chip's signature operation: the host supplies the DigestInfo, the card applies PKCS#1 v1.5 type-1
/// padding and the RSA private operation (jpki-card.md §3.4).
/// </summary>
internal sealed class CardSigner(RSA key)
{
    private static readonly (byte[] Prefix, HashAlgorithmName Hash, int HashLength)[] KnownDigestInfos =
    [
        (Convert.FromHexString("3031300D060960864801650304020105000420"), HashAlgorithmName.SHA256, 32),
        (Convert.FromHexString("3041300D060960864801650304020205000430"), HashAlgorithmName.SHA384, 48),
        (Convert.FromHexString("3051300D060960864801650304020305000440"), HashAlgorithmName.SHA512, 64),
    ];

    private readonly int _modulusBytes = key.KeySize / 8;
    private RSAParameters? _privateParameters;

    /// <summary>Largest input PKCS#1 v1.5 can pad: the modulus minus 11 bytes of padding.</summary>
    public int MaxInputLength => _modulusBytes - 11;

    public byte[] Sign(ReadOnlySpan<byte> input)
    {
        foreach (var (prefix, hash, hashLength) in KnownDigestInfos)
        {
            if (input.Length == prefix.Length + hashLength && input.StartsWith(prefix))
                return key.SignHash(input[prefix.Length..].ToArray(), hash, RSASignaturePadding.Pkcs1);
        }
        return SignPadded(input);
    }

    // Any other input (SHA-1 DigestInfo, or raw bytes from pkcs11-tool -m RSA-PKCS) gets the padding here
    // and a CRT private-key operation, since .NET exposes no raw RSA signing primitive.
    private byte[] SignPadded(ReadOnlySpan<byte> input)
    {
        var encoded = new byte[_modulusBytes];
        encoded[1] = 0x01;
        encoded.AsSpan(2, _modulusBytes - 3 - input.Length).Fill(0xFF);
        input.CopyTo(encoded.AsSpan(_modulusBytes - input.Length));
        var p = _privateParameters ??= key.ExportParameters(includePrivateParameters: true);
        var m = Number(encoded);
        BigInteger prime1 = Number(p.P!), prime2 = Number(p.Q!);
        var s1 = BigInteger.ModPow(m, Number(p.DP!), prime1);
        var s2 = BigInteger.ModPow(m, Number(p.DQ!), prime2);
        var h = Number(p.InverseQ!) * (s1 - s2) % prime1;
        if (h.Sign < 0) h += prime1;
        var signature = s2 + h * prime2;
        var bytes = signature.ToByteArray(isUnsigned: true, isBigEndian: true);
        var result = new byte[_modulusBytes];
        bytes.CopyTo(result.AsSpan(_modulusBytes - bytes.Length));
        return result;
    }

    private static BigInteger Number(byte[] bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);
}
