using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using MyNumber.SmartCard.Jpki;
using MyNumber.SmartCard.Pcsc;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.EndToEnd;

[Collection(PcscCollection.Name)]
public sealed class PcscEndToEndTests
{
    [PcscFact]
    public void Lists_the_vpcd_readers()
    {
        using var context = PcscContext.Establish();

        Assert.Contains(VirtualReader.Name, context.ListReaders());
    }

    [PcscFact]
    public async Task Card_insertion_and_removal_are_reported()
    {
        using var context = PcscContext.Establish();
        Assert.True(context.WaitForCard(VirtualReader.Name, present: false, VirtualReader.PresenceTimeout));
        var empty = context.GetStatus([VirtualReader.Name])[0];
        Assert.False(empty.CardPresent);

        await using var reader = VirtualReader.Insert(context);
        var present = context.GetStatus([VirtualReader.Name])[0];
        Assert.True(present.CardPresent);
        Assert.Equal(Profile.Atr, present.Atr);

        await reader.RemoveAsync();
        var changed = context.WaitForChange(present, VirtualReader.PresenceTimeout);
        Assert.NotNull(changed);
        Assert.True(context.WaitForCard(VirtualReader.Name, present: false, VirtualReader.PresenceTimeout));
    }

    [PcscFact]
    public async Task WatchAsync_reports_insertion_and_removal_as_they_happen()
    {
        using var context = PcscContext.Establish();
        Assert.True(context.WaitForCard(VirtualReader.Name, present: false, VirtualReader.PresenceTimeout));
        using var watching = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var events = context.WatchAsync(VirtualReader.Name, watching.Token).GetAsyncEnumerator(watching.Token);

        Assert.True(await events.MoveNextAsync());
        Assert.False(events.Current.CardPresent);
        await using var reader = VirtualReader.StartWithoutWaiting();
        Assert.True(await events.MoveNextAsync());
        Assert.True(events.Current.CardPresent);
        await reader.RemoveAsync();
        Assert.True(await events.MoveNextAsync());
        Assert.False(events.Current.CardPresent);
    }

    [PcscFact]
    public async Task The_JPKI_client_reads_verifies_and_signs_through_real_PCSC()
    {
        using var context = PcscContext.Establish();
        await using var reader = VirtualReader.Insert(context);
        using var card = context.Connect(VirtualReader.Name);
        var client = new JpkiCardClient(card);

        Assert.Equal(CardProtocol.T1, card.Protocol);
        Assert.Equal("JPKIAPICCTOKEN2", client.ReadTokenName());
        Assert.Equal(Profile.AuthenticationCertificate, client.ReadCertificate(JpkiCertificate.UserAuthentication));
        Assert.Equal(Profile.SigningCaCertificate, client.ReadCertificate(JpkiCertificate.SigningCa));
        Assert.Equal(3, client.GetTriesLeft(JpkiPin.UserAuthentication));
        Assert.Equal(PinVerificationStatus.Wrong, client.VerifyPin(JpkiPin.Signing, Encoding.ASCII.GetBytes("WRONG1")).Status);
        Assert.True(client.VerifyPin(JpkiPin.Signing, Encoding.ASCII.GetBytes(SigningPin)).IsVerified);
        Assert.Equal(Profile.SigningCertificate, client.ReadCertificate(JpkiCertificate.Signing));
        var document = "e-Tax return"u8.ToArray();
        var signature = client.Sign(JpkiKey.Signing, DigestInfo.Sha256Of(document));
        using var certificate = X509CertificateLoader.LoadCertificate(Profile.SigningCertificate);
        Assert.True(certificate.GetRSAPublicKey()!.VerifyData(document, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.True(client.VerifyPin(JpkiPin.CardInfoInput, Encoding.ASCII.GetBytes(CardInfoPin)).IsVerified);
        Assert.Equal(MyNumberDigits, client.ReadCardInfo().MyNumber);
    }

    [PcscFact]
    public async Task A_card_pulled_mid_session_gives_a_typed_error()
    {
        using var context = PcscContext.Establish();
        var reader = VirtualReader.Insert(context);
        using var card = context.Connect(VirtualReader.Name);
        new JpkiCardClient(card).SelectJpkiApplication();

        await reader.DisposeAsync();

        var error = Assert.Throws<PcscException>(() => new JpkiCardClient(card).SelectJpkiApplication());
        Assert.Contains(error.Error, new[] { PcscError.CardRemoved, PcscError.NoCard, PcscError.NotTransacted, PcscError.CardReset, PcscError.ReaderUnavailable });
    }

    [PcscFact]
    public void Connecting_to_an_unknown_reader_is_a_typed_error()
    {
        using var context = PcscContext.Establish();

        var error = Assert.Throws<PcscException>(() => context.Connect("No Such Reader 00 00"));

        Assert.Equal(PcscError.ReaderUnavailable, error.Error);
    }
}
