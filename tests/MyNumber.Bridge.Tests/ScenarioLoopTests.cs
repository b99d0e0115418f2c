using System.Collections.Concurrent;
using MyNumber.Cli.Cards;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Clinic;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// A scenario-shaped loop: clinic eligibility checks across a sample of 100,000 procedural residents, with
/// every 25th check going to the one resident whose card sits in the (virtual) reader, through the chip.
/// </summary>
[Collection(BridgeCollection.Name)]
public sealed class ScenarioLoopTests(BridgeFleet fleet)
{
    private const int Checks = 250;
    private const int EveryNthToTheChip = 25;

    [PcscFact]
    public async Task One_attached_card_among_100000_simulated_residents_goes_through_the_chip_while_the_rest_stays_simulated()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin);
        await using var attached = Attached.Start(fleet.Grains, new AttachOptions(VirtualSlot.Reader, null, pins.Source, []));
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        var before = await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration");

        var outcomes = new ConcurrentDictionary<string, int>();
        var chipOutcomes = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Checks), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            if (i % EveryNthToTheChip == 0)
            {
                var viaChip = await bridge.ConfirmEligibilityAsync(i % 2 == 0 ? ClinicIdentificationMethod.Pin : ClinicIdentificationMethod.FaceMatch);
                chipOutcomes.AddOrUpdate(viaChip.Reason ?? "eligible", 1, (_, n) => n + 1);
                return;
            }

            // A spread-out sample of the population (397 is prime to 100,000: no index twice).
            var resident = (i * 397L + 11) % BridgeFleet.Residents;
            if (!fleet.Population.Resident(resident).HoldsCard)
            {
                outcomes.AddOrUpdate("no card", 1, (_, n) => n + 1);
                return;
            }

            var (_, four) = fleet.Population.Pins(resident);
            var answer = await fleet.Grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader($"clinic-{i % 4}"))
                .ConfirmEligibilityAsync(FleetKeys.Card(resident, 0), ClinicIdentificationMethod.Pin, four);
            outcomes.AddOrUpdate(answer.Reason ?? "eligible", 1, (_, n) => n + 1);
        });

        var chipChecks = Checks / EveryNthToTheChip;
        Assert.Equal(chipChecks, chipOutcomes.GetValueOrDefault("eligible"));
        Assert.Equal(chipChecks, (await bridge.GetStatusAsync()).ChipOperations - before.ChipOperations);
        // About 80 % hold a card and 80 % of those are registered for insurance.
        Assert.InRange(outcomes.GetValueOrDefault("eligible"), Checks / 3, Checks);
        Assert.Equal(Checks - chipChecks, outcomes.Values.Sum());
        Assert.DoesNotContain(outcomes.Keys, reason => reason.StartsWith("bridge.", StringComparison.Ordinal));
    }
}
