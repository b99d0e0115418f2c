using System.Security.Cryptography;
using MyNumber.Jpki.Authority;
using MyNumber.Jpki.Card;
using MyNumber.Jpki.Keys;
using MyNumber.Jpki.Revocation;
using MyNumber.Jpki.Verification;
using Org.BouncyCastle.Crypto.Operators;

namespace MyNumber.Jpki.Benchmarks;

/// <summary>
/// The JPKI figures of <c>mynumber bench</c>, each measured with its baseline in the same run on all cores:
/// clinic verification against a raw RSA-2048 verify loop, and issuance with the platform's RSA against
/// BouncyCastle's own. The cards' signatures over the challenges are made before the clock starts: they
/// are the chip's work, not the system's.
/// </summary>
public sealed class CryptoBenchmarks
{
    private const int Cards = 2_000;
    private const double RevokedShare = 0.01;
    private static readonly DateTimeOffset Now = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly JpkiAuthority _authority;
    private readonly CardKeyPool _cardKeys;
    private readonly byte[][] _certificates;
    private readonly byte[][] _challenges;
    private readonly byte[][] _signatures;

    private CryptoBenchmarks(JpkiAuthority authority, CardKeyPool cardKeys)
    {
        _authority = authority;
        _cardKeys = cardKeys;
        _certificates = new byte[Cards][];
        _challenges = new byte[Cards][];
        _signatures = new byte[Cards][];
        Parallel.For(0, Cards, card =>
        {
            var serial = CertificateSerial.For(CertificateKind.UserAuthentication, card, 0);
            _certificates[card] = authority.IssueUserAuthenticationCertificate(cardKeys.KeyFor(card).PublicKeyInfo,
                serial, Now.AddYears(-1), Now.AddYears(4)).Der;
            _challenges[card] = SHA256.HashData(BitConverter.GetBytes(card));
            _signatures[card] = CardSigner.SignChallenge(cardKeys.KeyFor(card).PrivateKey, _challenges[card]);
            if (card % (int)(1 / RevokedShare) == 0)
            {
                authority.Revoke(CertificateKind.UserAuthentication, serial, Now.AddDays(-1), RevocationReason.KeyCompromise);
            }
        });
    }

    /// <summary>Sets up an authority, a pool of <paramref name="cardKeys"/> card keys and 2 000 issued user
    /// certificates (1 % revoked). Keys come from <paramref name="keyCacheDirectory"/> when given.</summary>
    public static CryptoBenchmarks Create(string? keyCacheDirectory, int cardKeys = 16) =>
        new(JpkiAuthority.Create("bench", Now.AddYears(-5), keyCacheDirectory),
            CardKeyPool.Create("bench", cardKeys, keyCacheDirectory));

    /// <summary>All figures, each measurement lasting <paramref name="duration"/>.</summary>
    public IReadOnlyList<CryptoFigure> RunAll(TimeSpan duration) =>
    [
        ClinicVerification(duration),
        FaceAuthenticationVerification(duration),
        ClinicVerificationColdCache(duration),
        Issuance(duration),
    ];

    /// <summary>jpki.clinic-verify: PIN path at a clinic (user-certificate signature over the challenge, chain,
    /// validity, revocation) through a verifier whose cache holds the 2 000 certificates ÷ raw verify loop.</summary>
    public CryptoFigure ClinicVerification(TimeSpan duration)
    {
        var baseline = RawVerifyRate(duration);
        var verifier = WarmVerifier();
        return new("jpki.clinic-verify", Verify(verifier, duration, withSignature: true), "verifications/s", baseline, 0.5);
    }

    /// <summary>jpki.clinic-face-verify: face-authentication path (certificate read, chain, validity, revocation;
    /// no private key is used, so no signature) ÷ raw verify loop.</summary>
    public CryptoFigure FaceAuthenticationVerification(TimeSpan duration)
    {
        var baseline = RawVerifyRate(duration);
        var verifier = WarmVerifier();
        return new("jpki.clinic-face-verify", Verify(verifier, duration, withSignature: false), "verifications/s",
            baseline, 0.5);
    }

    /// <summary>jpki.clinic-verify-cold: the PIN path when no certificate is cached (cache of 1, so every call parses
    /// the certificate, verifies its CA signature and imports the card's key into OpenSSL) ÷ raw verify loop.
    /// Informational (goal 0): the key import alone costs several verifies, which is why the verifier caches.</summary>
    public CryptoFigure ClinicVerificationColdCache(TimeSpan duration)
    {
        var baseline = RawVerifyRate(duration);
        var verifier = _authority.CreateVerifier(1);
        return new("jpki.clinic-verify-cold", Verify(verifier, duration, withSignature: true), "verifications/s",
            baseline, 0);
    }

    /// <summary>jpki.issuance: user certificates issued per second with the platform's RSA behind BouncyCastle
    /// ÷ the same issuance signed by BouncyCastle's own RSA (goal: at least 10x).</summary>
    public CryptoFigure Issuance(TimeSpan duration)
    {
        var ca = _authority.UserAuthenticationCa;
        var bouncyCastleSigner = new Asn1SignatureFactory("SHA256WITHRSA", ca.Key.BouncyCastlePrivateKey);
        var baseline = Throughput.Measure(duration, thread => IssueLoop(thread, bouncyCastleSigner));
        var value = Throughput.Measure(duration, thread => IssueLoop(thread, ca.SignatureFactory));
        return new("jpki.issuance", value, "certificates/s", baseline, 10);
    }

    private Action IssueLoop(int thread, Org.BouncyCastle.Crypto.ISignatureFactory signer)
    {
        long next = 1_000_000L * (thread + 1);
        return () =>
        {
            var card = next++;
            _authority.IssueUserAuthenticationCertificate(_cardKeys.KeyFor(card).PublicKeyInfo,
                CertificateSerial.For(CertificateKind.UserAuthentication, card, 1), Now, Now.AddYears(5), signer);
        };
    }

    private double RawVerifyRate(TimeSpan duration) => Throughput.Measure(duration, thread =>
    {
        // Each thread owns its key object, as a dedicated verifier would.
        var key = RSA.Create();
        key.ImportParameters(_cardKeys[thread % _cardKeys.Size].PrivateKey.ExportParameters(false));
        var challenge = _challenges[0];
        var signature = _cardKeys[thread % _cardKeys.Size].PrivateKey
            .SignData(challenge, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return () =>
        {
            if (!key.VerifyData(challenge, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1))
            {
                throw new InvalidOperationException("The raw verify baseline failed to verify.");
            }
        };
    });

    private double Verify(CertificateVerifier verifier, TimeSpan duration, bool withSignature) =>
        Throughput.Measure(duration, thread =>
        {
            var card = thread * 7919 % Cards;
            RevocationLookup status = _authority.StatusOf;
            return () =>
            {
                card = (card + 1) % Cards;
                var result = withSignature
                    ? verifier.VerifySignature(_certificates[card], _challenges[card], _signatures[card], Now, status)
                    : verifier.VerifyCertificate(_certificates[card], Now, status);
                if (!result.IsValid && result.ReasonCode != VerificationReasons.Revoked)
                {
                    throw new InvalidOperationException($"Benchmark verification failed: {result.ReasonCode}.");
                }
            };
        });

    private CertificateVerifier WarmVerifier()
    {
        var verifier = _authority.CreateVerifier(Cards * 2);
        // Warm means seen before: chain checked and the card's key imported by an earlier visit.
        for (var card = 0; card < Cards; card++)
        {
            verifier.VerifySignature(_certificates[card], _challenges[card], _signatures[card], Now, _authority.StatusOf);
        }

        return verifier;
    }
}
