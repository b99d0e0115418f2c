using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MyNumber.SmartCard.Pcsc;
using Xunit.Abstractions;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.EndToEnd;

/// <summary>OpenSC's own jpki driver, through pcscd and vpcd, must take the virtual card for a My Number Card.</summary>
[Collection(PcscCollection.Name)]
public sealed class OpenScInteropTests(ITestOutputHelper output)
{
    [PcscFact(needsOpenSc: true)]
    public async Task Pkcs15_tool_lists_the_four_JPKI_certificates()
    {
        using var context = PcscContext.Establish();
        await using var reader = VirtualReader.Insert(context);

        var (exit, text) = OpenScTools.Run(OpenScTools.Pkcs15Tool!, "--reader", VirtualReader.Name, "--list-certificates");
        output.WriteLine(text);

        Assert.Equal(0, exit);
        Assert.Contains("User Authentication Certificate", text);
        Assert.Contains("Digital Signature Certificate", text);
        Assert.Contains("User Authentication Certificate CA", text);
        Assert.Contains("Digital Signature Certificate CA", text);
    }

    [PcscFact(needsOpenSc: true)]
    public Task Pkcs11_tool_signs_with_the_authentication_key_and_the_signature_verifies() =>
        SignWithPkcs11Tool("JPKI (User Authentication PIN)", "01", UserPin, Profile.AuthenticationCertificate);

    [PcscFact(needsOpenSc: true)]
    public Task Pkcs11_tool_signs_with_the_signing_key_which_always_authenticates() =>
        SignWithPkcs11Tool("JPKI (Digital Signature PIN)", "02", SigningPin, Profile.SigningCertificate);

    private async Task SignWithPkcs11Tool(string tokenLabel, string keyId, string pin, byte[] certificateDer)
    {
        using var context = PcscContext.Establish();
        await using var reader = VirtualReader.Insert(context);
        var directory = Directory.CreateTempSubdirectory("mynumber-opensc-");
        try
        {
            var input = Path.Combine(directory.FullName, "in");
            var signaturePath = Path.Combine(directory.FullName, "sig");
            var document = "clinic eligibility check"u8.ToArray();
            await File.WriteAllBytesAsync(input, document);

            var (exit, text) = OpenScTools.Run(OpenScTools.Pkcs11Tool!, "--module", OpenScTools.Pkcs11Module!,
                "--token-label", tokenLabel, "--login", "--pin", pin,
                "--sign", "-m", "SHA256-RSA-PKCS", "--id", keyId, "-i", input, "-o", signaturePath);
            output.WriteLine(text);

            Assert.Equal(0, exit);
            using var certificate = X509CertificateLoader.LoadCertificate(certificateDer);
            using var publicKey = certificate.GetRSAPublicKey()!;
            var signature = await File.ReadAllBytesAsync(signaturePath);
            Assert.True(publicKey.VerifyData(document, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
