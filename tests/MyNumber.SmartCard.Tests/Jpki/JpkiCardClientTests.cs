using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyNumber.SmartCard.Jpki;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.Jpki;

public sealed class JpkiCardClientTests
{
    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void Reads_the_token_and_the_free_certificates_without_a_PIN()
    {
        var client = new JpkiCardClient(NewProcessor());

        client.SelectJpkiApplication();

        Assert.Equal("JPKIAPICCTOKEN2", client.ReadTokenName());
        Assert.Equal(Profile.AuthenticationCertificate, client.ReadCertificate(JpkiCertificate.UserAuthentication));
        Assert.Equal(Profile.AuthenticationCaCertificate, client.ReadCertificate(JpkiCertificate.UserAuthenticationCa));
        Assert.Equal(Profile.SigningCaCertificate, client.ReadCertificate(JpkiCertificate.SigningCa));
    }

    [Fact]
    public void The_signing_certificate_needs_the_signing_PIN_which_may_be_typed_in_lower_case()
    {
        var client = new JpkiCardClient(NewProcessor());

        var refused = Assert.Throws<CardCommandException>(() => client.ReadCertificate(JpkiCertificate.Signing));
        Assert.Equal(0x6982, refused.StatusWord.Value);
        Assert.True(client.VerifyPin(JpkiPin.Signing, Ascii("abc123")).IsVerified);
        Assert.Equal(Profile.SigningCertificate, client.ReadCertificate(JpkiCertificate.Signing));
    }

    [Fact]
    public void VerifyPin_clears_the_callers_buffer_whatever_the_outcome()
    {
        var client = new JpkiCardClient(NewProcessor());
        var right = Ascii(UserPin);
        var wrong = Ascii("0000");

        Assert.Equal(PinVerificationStatus.Verified, client.VerifyPin(JpkiPin.UserAuthentication, right).Status);
        Assert.Equal(new PinVerification(PinVerificationStatus.Wrong, 2), client.VerifyPin(JpkiPin.UserAuthentication, wrong));
        Assert.All(right, b => Assert.Equal(0, b));
        Assert.All(wrong, b => Assert.Equal(0, b));
        Assert.Throws<ArgumentException>(() => client.VerifyPin(JpkiPin.UserAuthentication, new byte[17]));
    }

    [Fact(DisplayName = "R-PIN-2: tries-left query, wrong entries and the lock as seen by the client")]
    public void Tries_left_and_lock()
    {
        var client = new JpkiCardClient(NewProcessor());

        Assert.Equal(3, client.GetTriesLeft(JpkiPin.UserAuthentication));
        Assert.Equal(5, client.GetTriesLeft(JpkiPin.Signing));
        Assert.Equal(3, client.GetTriesLeft(JpkiPin.CardInfoInput));
        for (int i = 0; i < 2; i++) client.VerifyPin(JpkiPin.UserAuthentication, Ascii("0000"));
        Assert.Equal(new PinVerification(PinVerificationStatus.Blocked, 0), client.VerifyPin(JpkiPin.UserAuthentication, Ascii("0000")));
        Assert.Equal(new PinVerification(PinVerificationStatus.Blocked, 0), client.VerifyPin(JpkiPin.UserAuthentication, Ascii(UserPin)));
        Assert.Equal(0, client.GetTriesLeft(JpkiPin.UserAuthentication));
    }

    [Theory]
    [InlineData(JpkiKey.UserAuthentication, JpkiPin.UserAuthentication, UserPin)]
    [InlineData(JpkiKey.Signing, JpkiPin.Signing, SigningPin)]
    public void Signs_a_DigestInfo_that_verifies_against_the_cards_certificate(JpkiKey key, JpkiPin pin, string pinValue)
    {
        var client = new JpkiCardClient(NewProcessor());
        var document = "診療報酬明細"u8.ToArray();

        Assert.Throws<CardCommandException>(() => client.Sign(key, DigestInfo.Sha256Of(document)));
        client.VerifyPin(pin, Ascii(pinValue));
        var signature = client.Sign(key, DigestInfo.Sha256Of(document));

        var der = key == JpkiKey.Signing ? Profile.SigningCertificate : Profile.AuthenticationCertificate;
        using var certificate = X509CertificateLoader.LoadCertificate(der);
        using var publicKey = certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyData(document, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Reads_My_Number_and_the_basic_facts_after_the_card_info_PIN_and_masks_My_Number_in_text()
    {
        var client = new JpkiCardClient(NewProcessor());

        Assert.Equal(0x6982, Assert.Throws<CardCommandException>(client.ReadCardInfo).StatusWord.Value);
        Assert.True(client.VerifyPin(JpkiPin.CardInfoInput, Ascii(CardInfoPin)).IsVerified);
        var info = client.ReadCardInfo();

        Assert.Equal(new CardInfoInput(MyNumberDigits, "番号 花子", "東京都千代田区永田町一丁目7番1号", "19800101", "2"), info);
        Assert.DoesNotContain(MyNumberDigits, info.ToString());
        Assert.EndsWith("9018", info.MaskedMyNumber);
    }

    [Fact]
    public void Changes_the_signing_PIN_after_verifying_it_and_clears_the_new_value()
    {
        var client = new JpkiCardClient(NewProcessor());
        var newPin = Ascii("newpin42");

        Assert.Equal(0x6982, Assert.Throws<CardCommandException>(() => client.ChangePin(JpkiPin.Signing, Ascii("NEWPIN42"))).StatusWord.Value);
        client.VerifyPin(JpkiPin.Signing, Ascii(SigningPin));
        client.ChangePin(JpkiPin.Signing, newPin);

        Assert.All(newPin, b => Assert.Equal(0, b));
        Assert.Equal(PinVerificationStatus.Wrong, client.VerifyPin(JpkiPin.Signing, Ascii(SigningPin)).Status);
        Assert.True(client.VerifyPin(JpkiPin.Signing, Ascii("NEWPIN42")).IsVerified);
    }

    [Fact]
    public void Moving_to_the_other_application_drops_the_JPKI_PINs()
    {
        var client = new JpkiCardClient(NewProcessor());
        client.VerifyPin(JpkiPin.Signing, Ascii(SigningPin));

        client.VerifyPin(JpkiPin.CardInfoInput, Ascii(CardInfoPin));

        Assert.Throws<CardCommandException>(() => client.ReadCertificate(JpkiCertificate.Signing));
    }

    [Fact]
    public void Works_through_a_T0_reader_that_answers_61xx_and_6Cxx()
    {
        var channel = new T0StyleChannel(NewProcessor());
        var client = new JpkiCardClient(channel);

        Assert.Equal(Profile.AuthenticationCertificate, client.ReadCertificate(JpkiCertificate.UserAuthentication));
        client.VerifyPin(JpkiPin.UserAuthentication, Ascii(UserPin));
        Assert.Equal(256, client.Sign(JpkiKey.UserAuthentication, DigestInfo.Sha256Of([1, 2, 3])).Length);
        Assert.Equal("JPKIAPICCTOKEN2", client.ReadTokenName());

        Assert.True(channel.GetResponses > 0);
    }

    [Fact]
    public void Resends_with_the_Le_a_6Cxx_answer_asks_for()
    {
        var channel = new T0StyleChannel(NewProcessor());
        var session = new CardSession(channel);
        session.Send(Hex("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"));
        session.Send(Hex("00 A4 02 0C 02 00 06"));

        var response = session.Send(Hex("00 B0 00 00 00"));

        Assert.True(response.StatusWord.IsSuccess);
        Assert.Equal(32, response.Data.Length);
        Assert.Equal(1, channel.WrongLeAnswers);
    }

    [Fact]
    public void DigestInfo_rejects_a_digest_of_the_wrong_size()
    {
        Assert.Equal(51, DigestInfo.Create(HashAlgorithmName.SHA256, new byte[32]).Length);
        Assert.Throws<ArgumentException>(() => DigestInfo.Create(HashAlgorithmName.SHA256, new byte[20]));
        Assert.Throws<ArgumentException>(() => DigestInfo.Create(HashAlgorithmName.MD5, new byte[16]));
    }
}
