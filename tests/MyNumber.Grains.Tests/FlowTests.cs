using System.Security.Cryptography;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Municipality;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

/// <summary>Flows across resident, card, kiosk, counter, clinic and JPKI grains.</summary>
[Collection(MemoryCollection.Name)]
public sealed class FlowTests(MemoryCluster fleet)
{
    private const int ResidentRecordCopy = 0;
    private static readonly HandoverPins Pins = HandoverPins.Of("FLOW2026", "1357");

    [Fact(DisplayName = "R-CERT-1: apply, hand over, store issuance, move; the old signing certificate is refused while the user certificate verifies")]
    public async Task MoveRevokesSigningCertificate()
    {
        var (resident, card) = await NewCardholderAsync(TestPopulation.Find(10_000, TestPopulation.AdultJapanese));
        var receipt = await Kiosk("flow-1").IssueAsync(new KioskOrder(card.GetPrimaryKeyString(), "1357", ResidentRecordCopy, 1));
        Assert.True(receipt.Accepted, receipt.Reason);
        Assert.Equal(200, receipt.FeeYen);

        var challenge = RandomNumberGenerator.GetBytes(32);
        var signed = await card.SignAsync(CertificateUse.Signing, "FLOW2026", challenge);
        var user = await card.SignAsync(CertificateUse.UserAuthentication, "1357", challenge);
        Assert.True((await Verifier.VerifySignatureAsync(signed.Certificate, CertificateUse.Signing, challenge, signed.Signature)).Valid);

        Assert.True((await resident.MoveOutAsync("131016", DateOnly.FromDateTime(fleet.Time.GetUtcNow().UtcDateTime))).Accepted);
        Assert.True((await resident.TransferInAsync("9-9-9")).Accepted);

        var old = await Verifier.VerifySignatureAsync(signed.Certificate, CertificateUse.Signing, challenge, signed.Signature);
        Assert.Equal("cert.revoked", old.Reason);
        Assert.True((await Verifier.VerifySignatureAsync(user.Certificate, CertificateUse.UserAuthentication, challenge, user.Signature)).Valid);
        var renewed = await card.SignAsync(CertificateUse.Signing, "FLOW2026", challenge);
        Assert.NotEqual(signed.Certificate, renewed.Certificate);
        Assert.True((await Verifier.VerifySignatureAsync(renewed.Certificate, CertificateUse.Signing, challenge, renewed.Signature)).Valid);
    }

    [Fact(DisplayName = "R-PIN-2, R-PIN-3: a PIN locked at the kiosk is reset at the counter after queueing")]
    public async Task PinLockAndCounterReset()
    {
        var (resident, card) = await NewCardholderAsync(TestPopulation.Find(20_000, TestPopulation.AdultJapanese));
        var key = card.GetPrimaryKeyString();
        // The kiosk session machine names the refusal (R-KIOSK-11 ④); the card counted the tries (R-PIN-2).
        for (var i = 0; i < 3; i++) Assert.Equal("kiosk.wrong-pin", (await Kiosk("flow-2").IssueAsync(new KioskOrder(key, "0000", ResidentRecordCopy, 1))).Reason);
        Assert.Equal("kiosk.pin-locked", (await Kiosk("flow-2").IssueAsync(new KioskOrder(key, "1357", ResidentRecordCopy, 1))).Reason);
        Assert.True((await card.GetAsync()).Locked[(int)PinSlot.UserAuthentication]);

        var town = fleet.Client.GetGrain<IMunicipalityGrain>(FleetKeys.Municipality((await resident.GetAsync())!.MunicipalityCode));
        var ticket = await town.QueueAsync(CounterProcedure.PinReset);
        Assert.True(ticket.Done > ticket.Called);
        Assert.True((await card.ResetPinAsync(PinSlot.UserAuthentication, "2468")).Accepted);
        Assert.True((await Kiosk("flow-2").IssueAsync(new KioskOrder(key, "2468", ResidentRecordCopy, 2))).Accepted);
    }

    [Fact(DisplayName = "R-LOSS-1: a suspended card is refused at the kiosk and at the clinic")]
    public async Task SuspendedCardRefused()
    {
        var (resident, card) = await NewCardholderAsync(TestPopulation.Find(30_000, TestPopulation.AdultJapanese));
        await resident.RegisterInsuranceAsync();
        var key = card.GetPrimaryKeyString();
        Assert.True((await Clinic("flow-3").ConfirmEligibilityAsync(key, ClinicIdentificationMethod.Pin, "1357")).Eligible);
        Assert.True((await card.SuspendAsync()).Accepted);
        Assert.Equal("card.suspended", (await Kiosk("flow-3").IssueAsync(new KioskOrder(key, "1357", ResidentRecordCopy, 1))).Reason);
        Assert.Equal("card.suspended", (await Clinic("flow-3").ConfirmEligibilityAsync(key, ClinicIdentificationMethod.FaceMatch, null)).Reason);
    }

    [Fact(DisplayName = "R-PIN-6, R-KIOSK-1, R-INS-2: a face-authentication card is accepted at a clinic and refused at a kiosk")]
    public async Task FaceAuthenticationCard()
    {
        var index = TestPopulation.Find(40_000, TestPopulation.AdultJapanese);
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        Assert.True((await resident.ApplyForCardAsync(faceAuthenticationOnly: true)).Accepted);
        Assert.True((await resident.CollectCardAsync(null)).Accepted);
        await resident.RegisterInsuranceAsync();
        var key = (await resident.GetAsync())!.CardKey!;
        Assert.True((await Clinic("flow-4").ConfirmEligibilityAsync(key, ClinicIdentificationMethod.FaceMatch, null)).Eligible);
        Assert.Equal("use.needs-pin-card", (await Clinic("flow-4").ConfirmEligibilityAsync(key, ClinicIdentificationMethod.Pin, "1357")).Reason);
        Assert.Equal("kiosk.face-authentication-card", (await Kiosk("flow-4").IssueAsync(new KioskOrder(key, "1357", ResidentRecordCopy, 1))).Reason);
    }

    [Fact(DisplayName = "R-MOVE-5: a Japanese national moving abroad keeps a working card; a foreign resident's card lapses")]
    public async Task OverseasMove()
    {
        var today = DateOnly.FromDateTime(fleet.Time.GetUtcNow().UtcDateTime);
        var (japanese, kept) = await NewCardholderAsync(TestPopulation.Find(50_000, TestPopulation.AdultJapanese));
        Assert.True((await japanese.MoveOverseasAsync(today)).Accepted);
        Assert.Equal(ResidentStatus.Overseas, (await japanese.GetAsync())!.Status);
        Assert.True((await kept.VerifyPinAsync(PinSlot.UserAuthentication, "1357")).Accepted);

        var (foreign, lapsed) = await NewCardholderAsync(TestPopulation.Find(60_000, r => !r.Japanese && r.StayEnds is null
            && Domain.Birthdays.AgeOn(r.BirthDate, today) >= 20));
        Assert.True((await foreign.MoveOverseasAsync(today)).Accepted);
        Assert.Equal("card.lapsed", (await lapsed.VerifyPinAsync(PinSlot.UserAuthentication, "1357")).Reason);
    }

    [Fact(DisplayName = "Bad input: an unknown resident and a malformed card key answer with reason codes")]
    public async Task UnknownInputs()
    {
        var ghost = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(5_000_000));
        Assert.Null(await ghost.GetAsync());
        Assert.Equal("resident.unknown", (await ghost.ApplyForCardAsync(false)).Reason);
        Assert.Equal("card.unknown", (await Kiosk("flow-6").IssueAsync(new KioskOrder("not-a-card", "1357", ResidentRecordCopy, 1))).Reason);
        Assert.Equal(0, await Kiosk("flow-6").InvariantViolationsAsync());
    }

    private ICertificateVerifierGrain Verifier => fleet.Client.GetGrain<ICertificateVerifierGrain>(0);

    private IKioskGrain Kiosk(string id) => fleet.Client.GetGrain<IKioskGrain>(FleetKeys.Kiosk(id));

    private IClinicReaderGrain Clinic(string id) => fleet.Client.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader(id));

    private async Task<(IResidentGrain Resident, ICardGrain Card)> NewCardholderAsync(long index)
    {
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        var applied = await resident.ApplyForCardAsync(faceAuthenticationOnly: false);
        Assert.True(applied.Accepted, applied.Reason);
        var collected = await resident.CollectCardAsync(Pins);
        Assert.True(collected.Accepted, collected.Reason);
        var cardKey = (await resident.GetAsync())!.CardKey!;
        return (resident, fleet.Client.GetGrain<ICardGrain>(cardKey));
    }
}
