using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MyNumber.CardEmulator;

/// <summary>
/// Makes a stand-alone <see cref="VirtualCardProfile"/>: RSA-2048 keys and certificates issued by a
/// throw-away CA with System.Security.Cryptography. For tests, benchmarks and a card that no fleet has to
/// trust; a fleet's card takes its certificates from the fleet's JPKI authority instead.
/// </summary>
public static class SelfIssuedCardProfile
{
    public static VirtualCardProfile Create(
        string userPin = "1234",
        string signingPin = "ABC123",
        string cardInfoPin = "1234",
        string myNumber = "123456789018",
        string name = "番号 花子",
        string address = "東京都千代田区永田町一丁目7番1号",
        string birthDate = "19800101",
        string sex = "2")
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = RSA.Create(2048);
        using var authCa = IssueCa(caKey, "CN=Virtual JPKI User Authentication CA", now);
        using var signCa = IssueCa(caKey, "CN=Virtual JPKI Digital Signature CA", now);
        var authKey = RSA.Create(2048);
        var signKey = RSA.Create(2048);
        var authCert = Issue(authCa, authKey, "CN=Virtual JPKI User Authentication", X509KeyUsageFlags.DigitalSignature, now);
        var signCert = Issue(signCa, signKey, $"CN={name}", X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, now);
        return new VirtualCardProfile(authCert, authCa.RawData, signCert, signCa.RawData, authKey, signKey,
            userPin, signingPin, cardInfoPin, myNumber, name, address, birthDate, sex);
    }

    private static X509Certificate2 IssueCa(RSA key, string subject, DateTimeOffset now)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
    }

    private static byte[] Issue(X509Certificate2 ca, RSA key, string subject, X509KeyUsageFlags usage, DateTimeOffset now)
    {
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var certificate = request.Create(ca, now.AddDays(-1), now.AddYears(5), serial);
        return certificate.RawData;
    }
}
