using MyNumber.Cli.Cards;
using MyNumber.Cli.Running;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Clinic;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// How the fleet's clinic path learns which residents' cards sit in an attached reader: bridge grains hold
/// leases in the registry, and the silo-local lookup answers "through the chip, or null: simulate".
/// </summary>
[Collection(BridgeCollection.Name)]
public sealed class AttachedCardLookupTests(BridgeFleet fleet)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(1.5);

    [Fact]
    public async Task The_registry_lists_residents_whose_lease_has_not_ended()
    {
        var registry = fleet.Grains.GetGrain<IAttachedCardRegistryGrain>(0);
        var now = DateTimeOffset.UtcNow;

        await registry.RecordAsync(90_001, now.AddMinutes(1));
        await registry.RecordAsync(90_002, now.AddSeconds(-1));
        await registry.RecordAsync(90_003, now.AddMinutes(1));
        await registry.RemoveAsync(90_003);

        var listed = await registry.ListAsync();
        Assert.Contains(90_001L, listed);
        Assert.DoesNotContain(90_002L, listed);
        Assert.DoesNotContain(90_003L, listed);
        await registry.RemoveAsync(90_001);
    }

    [Fact]
    public async Task A_resident_without_an_attached_card_is_left_to_the_simulation()
    {
        var lookup = fleet.Grains.GetGrain<IAttachedCardLookupGrain>(0);

        Assert.False(await lookup.IsAttachedAsync(fleet.Holder + 3));
        Assert.Null(await lookup.ConfirmEligibilityIfAttachedAsync(fleet.Holder + 3, ClinicIdentificationMethod.Pin));
    }

    [PcscFact]
    public async Task A_registered_card_is_looked_up_and_checked_through_its_chip_until_it_is_detached()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin);
        var lookup = fleet.Grains.GetGrain<IAttachedCardLookupGrain>(0);
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        await using (var attached = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, null, pins.Source, [])))
        {
            var before = await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration");
            await Task.Delay(Refresh);

            Assert.True(await lookup.IsAttachedAsync(fleet.Holder));
            var answer = await lookup.ConfirmEligibilityIfAttachedAsync(fleet.Holder, ClinicIdentificationMethod.Pin);
            Assert.NotNull(answer);
            Assert.True(answer.Eligible, $"through the chip: {answer.Reason}");
            Assert.Equal(before.ChipOperations + 1, (await bridge.GetStatusAsync()).ChipOperations);
            Assert.Null(await lookup.ConfirmEligibilityIfAttachedAsync(fleet.Holder + 3, ClinicIdentificationMethod.Pin));

            // A clinic reader of the fleet routes the attached resident to the chip by itself: the PIN it is
            // handed is not used (the reader's PIN source answers), and the chip counts one more operation.
            var clinic = fleet.Grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader("routing"));
            var viaClinic = await clinic.ConfirmEligibilityAsync(FleetKeys.Card(fleet.Holder, 0), ClinicIdentificationMethod.Pin, "not-a-pin");
            Assert.True(viaClinic.Eligible, $"clinic reader through the chip: {viaClinic.Reason}");
            Assert.Equal(before.ChipOperations + 2, (await bridge.GetStatusAsync()).ChipOperations);

            // So does a scenario run's clinic operation (issue 6: the attached resident's operations go through the chip).
            var connection = new FleetConnection(fleet.Grains, new PopulationView(fleet.Population), new SimulatedFleetClock(fleet.Clock));
            var outcome = await OperationLibrary.ExecuteAsync(OperationLibrary.Get("clinic-verify-pin"), connection,
                new OperationInput(1, fleet.Holder, DateTimeOffset.UtcNow, 0));
            Assert.Equal("ok", outcome.Kind);
            Assert.Equal(before.ChipOperations + 3, (await bridge.GetStatusAsync()).ChipOperations);
        }

        await Task.Delay(Refresh);
        Assert.False(await lookup.IsAttachedAsync(fleet.Holder));
        Assert.Null(await lookup.ConfirmEligibilityIfAttachedAsync(fleet.Holder, ClinicIdentificationMethod.Pin));
    }
}
