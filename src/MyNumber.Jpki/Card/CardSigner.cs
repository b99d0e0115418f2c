using System.Security.Cryptography;

namespace MyNumber.Jpki.Card;

/// <summary>
/// What the card's chip does on COMPUTE DIGITAL SIGNATURE (80 2A 00 80): the host sends a DigestInfo, the chip
/// pads it (PKCS#1 v1.5 type 1) and signs with the selected private key. This is the chip's cost, not the
/// system's: fleet figures keep it out of system-side throughput.
/// </summary>
public static class CardSigner
{
    private static readonly (byte[] Prefix, HashAlgorithmName Hash)[] DigestInfoPrefixes =
    [
        (Convert.FromHexString("3031300D060960864801650304020105000420"), HashAlgorithmName.SHA256),
        (Convert.FromHexString("3021300906052B0E03021A05000414"), HashAlgorithmName.SHA1),
        (Convert.FromHexString("3041300D060960864801650304020205000430"), HashAlgorithmName.SHA384),
        (Convert.FromHexString("3051300D060960864801650304020305000440"), HashAlgorithmName.SHA512),
    ];

    /// <summary>The SHA-256 DigestInfo of <paramref name="message"/>: what the host sends the card (51 bytes).</summary>
    public static byte[] DigestInfoSha256(ReadOnlySpan<byte> message)
    {
        var prefix = DigestInfoPrefixes[0].Prefix;
        var digestInfo = new byte[prefix.Length + SHA256.HashSizeInBytes];
        prefix.CopyTo(digestInfo, 0);
        SHA256.HashData(message, digestInfo.AsSpan(prefix.Length));
        return digestInfo;
    }

    /// <summary>Signs a DigestInfo as the chip does. Throws <see cref="ArgumentException"/> for input that is not a
    /// SHA-1/256/384/512 DigestInfo (the platform RSA cannot pad arbitrary input).</summary>
    public static byte[] SignDigestInfo(RSA privateKey, ReadOnlySpan<byte> digestInfo)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        foreach (var (prefix, hash) in DigestInfoPrefixes)
        {
            if (digestInfo.StartsWith(prefix) && digestInfo.Length == prefix.Length + prefix[^1])
            {
                // SignHash writes this same DigestInfo under the PKCS#1 v1.5 padding: the chip's exact output.
                return privateKey.SignHash(digestInfo[prefix.Length..].ToArray(), hash, RSASignaturePadding.Pkcs1);
            }
        }

        throw new ArgumentException("Not a SHA-1/256/384/512 DigestInfo.", nameof(digestInfo));
    }

    /// <summary>The card's signature over a challenge: DigestInfo(SHA-256(challenge)) signed with the key.</summary>
    public static byte[] SignChallenge(RSA privateKey, ReadOnlySpan<byte> challenge) =>
        SignDigestInfo(privateKey, DigestInfoSha256(challenge));
}
