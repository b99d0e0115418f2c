using System.Collections.Concurrent;
using MyNumber.Cli.Cards;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Clinic;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// A scenario-shaped loop: clinic eligibility checks across a sample of 100,000 procedural residents, every
/// 25th for the one resident whose card sits in the (virtual) reader. Every check takes the path the fleet's
/// clinic takes: ask the attached-card lookup first, and only when it answers null use the simulated card.
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

        // The lookup's silo-local copy of the registry is at most a second old.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var lookup = fleet.Grains.GetGrain<IAttachedCardLookupGrain>(0);
        var outcomes = new ConcurrentDictionary<string, int>();
        var chipOutcomes = new ConcurrentDictionary<string, int>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Checks), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            // A spread-out sample of the population (397 is prime to 100,000: no index twice), and the holder.
            var resident = i % EveryNthToTheChip == 0 ? fleet.Holder : (i * 397L + 11) % BridgeFleet.Residents;
            var method = i % EveryNthToTheChip == 0 && i % 2 == 1 ? ClinicIdentificationMethod.FaceMatch : ClinicIdentificationMethod.Pin;
            if (await lookup.ConfirmEligibilityIfAttachedAsync(resident, method) is { } viaChip)
            {
                chipOutcomes.AddOrUpdate(resident == fleet.Holder ? viaChip.Reason ?? "eligible" : "chip for a simulated resident", 1, (_, n) => n + 1);
                return;
            }

            if (!fleet.Population.Resident(resident).HoldsCard)
            {
                outcomes.AddOrUpdate("no card", 1, (_, n) => n + 1);
                return;
            }

            var (_, four) = fleet.Population.Pins(resident);
            var answer = await fleet.Grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader($"clinic-{i % 4}"))
                .ConfirmEligibilityAsync(FleetKeys.Card(resident, 0), method, four);
            outcomes.AddOrUpdate(answer.Reason ?? "eligible", 1, (_, n) => n + 1);
        });

        var chipChecks = Checks / EveryNthToTheChip;
        string Seen() => $"chip: {string.Join(", ", chipOutcomes.Select(o => $"{o.Key}×{o.Value}"))}; simulated: {string.Join(", ", outcomes.Select(o => $"{o.Key}×{o.Value}"))}";
        Assert.True(chipOutcomes.GetValueOrDefault("eligible") == chipChecks && chipOutcomes.Count == 1, Seen());
        Assert.Equal(chipChecks, (await bridge.GetStatusAsync()).ChipOperations - before.ChipOperations);
        // About 80 % hold a card and 80 % of those are registered for insurance.
        Assert.InRange(outcomes.GetValueOrDefault("eligible"), Checks / 3, Checks);
        Assert.Equal(Checks - chipChecks, outcomes.Values.Sum());
        Assert.DoesNotContain(outcomes.Keys, reason => reason.StartsWith("bridge.", StringComparison.Ordinal));
    }
}
