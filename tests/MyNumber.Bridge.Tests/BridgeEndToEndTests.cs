using MyNumber.CardEmulator;
using MyNumber.Cli.Cards;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// The bridge end to end: the fleet-issued virtual card in vpcd, pcscd, the attach loop (this process's
/// PC/SC connection and observer) and the bridge grain of an embedded fleet.
/// </summary>
[Collection(BridgeCollection.Name)]
public sealed class BridgeEndToEndTests(BridgeFleet fleet)
{
    [PcscFact]
    public async Task Attached_fleet_card_passes_a_clinic_check_by_PIN_through_the_chip()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin);
        await using var attached = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, null, pins.Source, []));
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));

        var status = await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration");
        Assert.Equal(BridgeTrust.Fleet, status.Trust);

        var byPin = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
        Assert.True(byPin.Eligible, $"PIN path refused: {byPin.Reason}");
        var byFace = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.FaceMatch);
        Assert.True(byFace.Eligible, $"face path refused: {byFace.Reason}");
        Assert.True((await bridge.GetStatusAsync()).ChipOperations >= 2);

        // The chip holds the very certificate the fleet's signers issue for this resident's card.
        var fromChip = await bridge.ReadCertificateAsync(CertificateUse.UserAuthentication);
        var fromFleet = await fleet.Grains.GetGrain<ICardGrain>(FleetKeys.Card(fleet.Holder, 0)).ReadCertificateAsync(CertificateUse.UserAuthentication);
        Assert.Equal(fromFleet.Certificate, fromChip.Certificate);
    }

    [PcscFact]
    public async Task A_wrong_PIN_is_counted_by_the_chip_and_comes_back_as_an_outcome()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin == "0000" ? "1111" : "0000");
        await using var attached = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, null, pins.Source, []));
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration");

        var answer = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);

        Assert.Equal("pin.wrong", answer.Reason);
    }

    [PcscFact]
    public async Task Card_pulled_during_PIN_entry_gives_card_removed_and_the_fleet_runs_on()
    {
        var card = fleet.HolderCard;
        var slot = VirtualSlot.Insert(card);
        using var keyboard = new GatedPinReader(card.UserPin);
        var prompt = PinSource.Parse("prompt", keyboard, TextWriter.Null);
        await using var attached = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, null, prompt, []));
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration");

        var check = bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
        await keyboard.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await slot.DisposeAsync();
        keyboard.Type();
        var answer = await check.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(BridgeReasons.CardRemoved, answer.Reason);
        var status = await Attached.WaitForAsync(bridge, s => !s.CardRegistered, "removal seen");
        Assert.Equal(BridgeReasons.CardRemoved, status.LastReason);
        Assert.Equal(BridgeReasons.CardRemoved, (await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.FaceMatch)).Reason);

        // Another resident's simulated card is untouched by the pulled one.
        var other = FleetCard.FirstUsableResident(fleet.Population, fleet.Holder + 1);
        var (_, four) = fleet.Population.Pins(other);
        var elsewhere = await fleet.Grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader("bridge-e2e"))
            .ConfirmEligibilityAsync(FleetKeys.Card(other, 0), ClinicIdentificationMethod.Pin, four);
        Assert.True(elsewhere.Eligible, $"the fleet refused another resident: {elsewhere.Reason}");
    }

    [PcscFact]
    public async Task A_card_the_fleet_did_not_issue_is_trusted_only_through_an_anchor()
    {
        var outsider = SelfIssuedCardProfile.Create(userPin: "4321");
        using var caCertificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(outsider.AuthenticationCaCertificate);
        await using var slot = VirtualSlot.Insert(outsider);
        using var pins = new PinFile("4321");

        await using (var untrusted = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, fleet.Holder + 2, pins.Source, [])))
        {
            var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder + 2));
            var status = await Attached.WaitForAsync(bridge, s => s.LastReason is not null, "refusal");
            Assert.False(status.CardRegistered);
            Assert.StartsWith("cert.", status.LastReason);
        }

        var anchorFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(anchorFile, caCertificate.ExportCertificatePem());
        try
        {
            var resident = FleetCard.FirstUsableResident(fleet.Population, fleet.Holder + 1);
            await using var trusted = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, resident, pins.Source, TrustAnchorFile.Read(anchorFile)));
            var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(resident));
            var status = await Attached.WaitForAsync(bridge, s => s.CardRegistered, "anchored registration");
            Assert.Equal(BridgeTrust.Anchor, status.Trust);
            var answer = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
            Assert.True(answer.Eligible, $"anchored card refused: {answer.Reason}");
        }
        finally
        {
            File.Delete(anchorFile);
        }
    }

    [PcscFact]
    public async Task An_observer_that_stopped_answering_is_reader_gone_not_a_fault()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin);
        using var agent = new CardReaderAgent(VirtualSlot.Reader, pins.Source);
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        var reference = fleet.Grains.CreateObjectReference<ICardReaderObserver>(agent);
        // Renewals every second: the dead process is late for its renewal by the time the call times out.
        await bridge.AttachAsync(reference, new BridgeAttachment(VirtualSlot.Reader, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), []));
        var (certificate, caCertificate, _) = await agent.ReadInsertedCardAsync();
        Assert.True((await bridge.CardInsertedAsync(certificate, caCertificate)).Accepted);

        // The attach process dies without detaching: its observer reference is gone.
        fleet.Grains.DeleteObjectReference<ICardReaderObserver>(reference);
        var answer = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);

        Assert.Equal(BridgeReasons.ReaderGone, answer.Reason);
        Assert.False((await bridge.GetStatusAsync()).Attached);
        Assert.Equal(BridgeReasons.NotAttached, (await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin)).Reason);
    }

    [PcscFact]
    public async Task A_PIN_never_typed_ends_in_bridge_timeout()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var keyboard = new GatedPinReader(card.UserPin);
        var prompt = PinSource.Parse("prompt", keyboard, TextWriter.Null);
        using var agent = new CardReaderAgent(VirtualSlot.Reader, prompt);
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        var reference = fleet.Grains.CreateObjectReference<ICardReaderObserver>(agent);
        try
        {
            await bridge.AttachAsync(reference, new BridgeAttachment(VirtualSlot.Reader, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20), []));
            var (certificate, caCertificate, _) = await agent.ReadInsertedCardAsync();
            Assert.True((await bridge.CardInsertedAsync(certificate, caCertificate)).Accepted);

            var answer = await bridge.SignChallengeAsync(CertificateUse.UserAuthentication, [1, 2, 3]);

            Assert.Equal(BridgeReasons.Timeout, answer.Reason);
            keyboard.Type();
        }
        finally
        {
            await bridge.DetachAsync(reference);
            fleet.Grains.DeleteObjectReference<ICardReaderObserver>(reference);
        }
    }
}
