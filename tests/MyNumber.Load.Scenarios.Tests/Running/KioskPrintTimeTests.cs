using MyNumber.Cli.Running;
using MyNumber.Cli.Scenarios;
using MyNumber.Contracts;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Residents;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Tests.Running;

/// <summary>A scenario's <c>kiosks.printTime</c> is what the fleet's kiosks print in.</summary>
[Collection(FleetCollection.Name)]
public sealed class KioskPrintTimeTests
{
    [Fact(DisplayName = "kiosk-rush's printTime (2 min) reaches the fleet: a one-copy receipt of the run's fleet carries exactly that print time")]
    public async Task ScenarioPrintTimeReachesTheKiosk()
    {
        var scenario = TestScenarios.Load("kiosk-rush");
        Assert.Equal(TimeSpan.FromMinutes(2), scenario.Kiosks!.PrintTime);
        var setup = FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start);
        Assert.Contains("--Kiosk:PrintTime=00:02:00", FleetArguments.For(setup));

        await using var fleet = await InProcessFleet.StartAsync(setup, scenario.Calendar.Start);
        var receipt = await FirstIssuedAsync(fleet.Connection, DateOnly.FromDateTime(scenario.Calendar.Start.DateTime));
        Assert.Equal(scenario.Kiosks.PrintTime, receipt.PrintTime);
    }

    /// <summary>
    /// The first one-copy resident-record copy printed for an adult cardholder of the population (some cards of
    /// a real-mix population are expired or locked: those are passed over, with their reasons kept for the message).
    /// </summary>
    private static async Task<KioskReceipt> FirstIssuedAsync(FleetConnection fleet, DateOnly day)
    {
        var refusals = new List<string>();
        for (long i = 0; i < fleet.Population.Size && refusals.Count < 50; i++)
        {
            if (!fleet.Population.HoldsCard(i) || fleet.Population.BirthDate(i).AddYears(20) > day) continue;
            var resident = await fleet.Grains.GetGrain<IResidentGrain>(FleetKeys.Resident(i)).GetAsync();
            if (resident?.CardKey is not { } cardKey) continue;
            var kiosk = fleet.Grains.GetGrain<IKioskGrain>(FleetKeys.Kiosk($"{resident.MunicipalityCode}-0"));
            var receipt = await kiosk.IssueAsync(new KioskOrder(cardKey, fleet.Population.Pins(i).UserAuthentication, 0, 1));
            if (receipt.Accepted) return receipt;
            refusals.Add(receipt.Reason!);
        }
        Assert.Fail("no kiosk issuance accepted: " + string.Join(", ", refusals));
        throw new InvalidOperationException("unreachable");
    }
}
