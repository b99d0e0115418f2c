using System.Security.Cryptography;
using System.Text;
using MyNumber.Jpki.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace MyNumber.Jpki.Keys;

/// <summary>
/// RSA-2048 key generation as a pure function of (seed, label, index): BouncyCastle's generator driven by a
/// SHA-256 DRBG seeded from those inputs and nothing else, so a replay rebuilds the same keys. The platform's
/// generator is ~1.5x faster but cannot be seeded; the disk cache hides the difference after the first run.
/// </summary>
internal static class DeterministicRsaKeyGenerator
{
    private const int KeySize = 2048;

    public static RSAParameters Generate(string seed, string label, int index)
    {
        var random = SecureRandom.GetInstance("SHA256PRNG", autoSeed: false);
        random.SetSeed(SHA256.HashData(Encoding.UTF8.GetBytes($"mynumber-jpki-key|{seed}|{label}|{index}")));
        var generator = new RsaKeyPairGenerator();
        generator.Init(new RsaKeyGenerationParameters(BcBigInteger.ValueOf(65537), random, KeySize, 100));
        var pair = generator.GenerateKeyPair();
        return RsaKeyConversion.ToPlatformParameters((RsaPrivateCrtKeyParameters)pair.Private);
    }
}
