using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyNumber.Cli.Cards;

/// <summary>
/// Reads <c>--trust-anchors</c>: a PEM file of CA certificates (for a physical card, the real JPKI user
/// authentication CA's certificate) that the bridge trusts besides the fleet's own CA.
/// </summary>
public static class TrustAnchorFile
{
    public static IReadOnlyList<byte[]> Read(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return [];
        if (!File.Exists(path)) throw new ArgumentException($"--trust-anchors: no file at {path}");
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPemFile(path);
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException($"--trust-anchors: {path} is not a PEM file of certificates ({e.Message})", e);
        }

        if (certificates.Count == 0) throw new ArgumentException($"--trust-anchors: {path} holds no certificate");
        var anchors = certificates.Select(c => c.RawData).ToArray();
        foreach (var certificate in certificates) certificate.Dispose();
        return anchors;
    }
}
