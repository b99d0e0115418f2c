using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyNumber.Contracts.Bridge;
using MyNumber.Jpki.Verification;

namespace MyNumber.Grains.Bridge;

/// <summary>
/// Trust for a card the fleet did not issue (a physical card, whose certificates chain to the real JPKI
/// CA): the chain from the card's certificate through the CA certificate read off the card to one of the
/// anchors given at attach, checked offline at the wall clock's time (the real card lives in real time,
/// not in the fleet's simulated one). Revocation of such a card is the real JPKI's business, not the fleet's.
/// </summary>
public static class AnchorTrust
{
    /// <summary>Null when the chain holds, otherwise a reason code.</summary>
    public static string? Check(byte[] certificate, byte[] caCertificate, IReadOnlyList<byte[]> anchors, DateTimeOffset at)
    {
        if (anchors.Count == 0) return BridgeReasons.Untrusted;
        try
        {
            using var leaf = X509CertificateLoader.LoadCertificate(certificate);
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.VerificationTime = at.UtcDateTime;
            foreach (var anchor in anchors) chain.ChainPolicy.CustomTrustStore.Add(X509CertificateLoader.LoadCertificate(anchor));
            if (caCertificate.Length > 0) chain.ChainPolicy.ExtraStore.Add(X509CertificateLoader.LoadCertificate(caCertificate));
            var built = chain.Build(leaf);
            foreach (var element in chain.ChainElements) element.Certificate.Dispose();
            return built ? null : BridgeReasons.Untrusted;
        }
        catch (CryptographicException)
        {
            return VerificationReasons.Malformed;
        }
    }

    /// <summary>Whether <paramref name="signature"/> is the certificate key's PKCS#1 v1.5 SHA-256 signature of the challenge.</summary>
    public static bool VerifyChallenge(byte[] certificate, byte[] challenge, byte[] signature)
    {
        try
        {
            using var leaf = X509CertificateLoader.LoadCertificate(certificate);
            using var key = leaf.GetRSAPublicKey();
            return key is not null && key.VerifyData(challenge, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
