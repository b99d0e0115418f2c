using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.Emulator;

public sealed class ProcessorPinAndSignatureTests
{
    private const string SelectJpki = "00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01";
    private const string SelectUserPin = "00 A4 02 0C 02 00 18";
    private const string SelectSigningPin = "00 A4 02 0C 02 00 1B";
    private const string RightUserPin = "00 20 00 80 04 31 32 33 34";
    private const string WrongUserPin = "00 20 00 80 04 39 39 39 39";
    private const string RightSigningPin = "00 20 00 80 06 41 42 43 31 32 33";
    private const string WrongSigningPin = "00 20 00 80 06 41 42 43 39 39 39";

    [Fact]
    public void VERIFY_without_data_reports_the_tries_left_as_63Cx()
    {
        var card = NewProcessor();

        Assert.Equal("63C3", SwHex(card.Send(SelectJpki, SelectUserPin, "00 20 00 80")));
        Assert.Equal("63C5", SwHex(card.Send(SelectSigningPin, "00 20 00 80")));
        Assert.Equal("63C5", SwHex(card.Send("00 20 00 80 00")));
    }

    [Fact(DisplayName = "R-PIN-2: fourth wrong user PIN is refused even when right")]
    public void User_pin_locks_after_three_wrong_entries()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectUserPin);

        Assert.Equal("63C2", SwHex(card.Send(WrongUserPin)));
        Assert.Equal("63C1", SwHex(card.Send(WrongUserPin)));
        Assert.Equal("63C0", SwHex(card.Send(WrongUserPin)));
        Assert.Equal("6983", SwHex(card.Send(RightUserPin)));
        Assert.Equal("63C0", SwHex(card.Send("00 20 00 80")));
    }

    [Fact(DisplayName = "R-PIN-2: signing PIN locks after five wrong entries")]
    public void Signing_pin_locks_after_five_wrong_entries()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectSigningPin);

        for (int left = 4; left >= 0; left--) Assert.Equal($"63C{left}", SwHex(card.Send(WrongSigningPin)));
        Assert.Equal("6983", SwHex(card.Send(RightSigningPin)));
    }

    [Fact(DisplayName = "R-PIN-2: a right entry before the limit resets the counter")]
    public void Right_entry_resets_the_counter()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectUserPin, WrongUserPin, WrongUserPin);

        Assert.Equal("9000", SwHex(card.Send(RightUserPin)));
        Assert.Equal("63C3", SwHex(card.Send("00 20 00 80")));
    }

    [Fact(DisplayName = "R-PIN-2: the counter survives a power cycle")]
    public void Counter_survives_power_reset()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectUserPin, WrongUserPin);

        card.PowerReset();

        Assert.Equal("63C2", SwHex(card.Send(SelectJpki, SelectUserPin, "00 20 00 80")));
    }

    [Fact]
    public void VERIFY_checks_its_parameters_and_its_target()
    {
        var card = NewProcessor();
        card.Send(SelectJpki);

        Assert.Equal("6986", SwHex(card.Send(RightUserPin)));
        Assert.Equal("6A88", SwHex(card.Send("00 A4 02 0C 02 00 0A", RightUserPin)));
        Assert.Equal("6A86", SwHex(card.Send(SelectUserPin, "00 20 00 81 04 31 32 33 34")));
        Assert.Equal("6700", SwHex(card.Send("00 20 00 80 11 " + new string('3', 34))));
        Assert.Equal("63C3", SwHex(card.Send("00 20 00 80")));
    }

    [Fact]
    public void CHANGE_REFERENCE_DATA_needs_the_old_PIN_verified_and_then_the_new_one_counts()
    {
        var card = NewProcessor();
        const string change = "00 24 01 80 04 38 38 38 38";
        card.Send(SelectJpki, SelectUserPin);

        Assert.Equal("6982", SwHex(card.Send(change)));
        Assert.Equal("6A86", SwHex(card.Send(RightUserPin, "00 24 00 80 04 38 38 38 38")));
        Assert.Equal("6700", SwHex(card.Send("00 24 01 80 11 " + new string('3', 34))));
        Assert.Equal("9000", SwHex(card.Send(change)));
        Assert.Equal("63C2", SwHex(card.Send(RightUserPin)));
        Assert.Equal("9000", SwHex(card.Send("00 20 00 80 04 38 38 38 38")));
        Assert.Equal("6986", SwHex(card.Send(SelectJpki, change)));
    }

    [Fact(DisplayName = "R-PIN-2: a locked PIN cannot be changed")]
    public void Locked_pin_cannot_be_changed()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectUserPin, WrongUserPin, WrongUserPin, WrongUserPin);

        Assert.Equal("6983", SwHex(card.Send("00 24 01 80 04 38 38 38 38")));
    }

    [Theory]
    [InlineData("00 17", RightUserPin, "00 18")]
    [InlineData("00 1A", RightSigningPin, "00 1B")]
    public void Signs_a_SHA256_DigestInfo_with_either_key(string keyFid, string verify, string pinFid)
    {
        var card = NewProcessor();
        var data = "a document"u8.ToArray();
        var digestInfo = Hex("3031300D060960864801650304020105000420").Concat(SHA256.HashData(data)).ToArray();
        card.Send(SelectJpki, $"00 A4 02 0C 02 {pinFid}", verify, $"00 A4 02 0C 02 {keyFid}");

        var response = card.Process([0x80, 0x2A, 0x00, 0x80, (byte)digestInfo.Length, .. digestInfo, 0x00]);

        Assert.Equal("9000", SwHex(response));
        Assert.Equal(256, response.Length - 2);
        var der = keyFid == "00 17" ? Profile.AuthenticationCertificate : Profile.SigningCertificate;
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        using var publicKey = certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyData(data, response[..^2], HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Signs_other_inputs_with_its_own_PKCS1_padding()
    {
        var card = NewProcessor();
        var hash = SHA1.HashData("legacy"u8);
        var digestInfo = Hex("3021300906052B0E03021A05000414").Concat(hash).ToArray();
        card.Send(SelectJpki, SelectUserPin, RightUserPin, "00 A4 02 0C 02 00 17");

        var response = card.Process([0x80, 0x2A, 0x00, 0x80, (byte)digestInfo.Length, .. digestInfo, 0x00]);

        using var certificate = X509CertificateLoader.LoadCertificate(Profile.AuthenticationCertificate);
        using var publicKey = certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyHash(hash, response[..^2], HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Signing_needs_the_key_EF_and_its_PIN()
    {
        var card = NewProcessor();
        const string sign = "80 2A 00 80 03 01 02 03 00";

        Assert.Equal("6986", SwHex(card.Send(SelectJpki, sign)));
        Assert.Equal("6982", SwHex(card.Send("00 A4 02 0C 02 00 17", sign)));
        Assert.Equal("6982", SwHex(card.Send(SelectSigningPin, RightSigningPin, "00 A4 02 0C 02 00 17", sign)));
        Assert.Equal("9000", SwHex(card.Send("00 A4 02 0C 02 00 1A", sign)));
    }

    [Fact]
    public void Signing_checks_its_parameters_and_input_length()
    {
        var card = NewProcessor();
        card.Send(SelectJpki, SelectUserPin, RightUserPin, "00 A4 02 0C 02 00 17");

        Assert.Equal("6A86", SwHex(card.Send("80 2A 9E 9A 03 01 02 03 00")));
        Assert.Equal("6700", SwHex(card.Send("80 2A 00 80 00")));
        Assert.Equal("6700", SwHex(card.Process([0x80, 0x2A, 0x00, 0x80, 0xF6, .. new byte[246], 0x00])));
        Assert.Equal("9000", SwHex(card.Process([0x80, 0x2A, 0x00, 0x80, 0xF5, .. new byte[245], 0x00])));
    }
}
