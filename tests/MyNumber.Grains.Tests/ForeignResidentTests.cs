using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Municipality;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

/// <summary>Tests that move the clock far; they get a cluster of their own.</summary>
public sealed class TimeTravelCluster : FleetCluster
{
    protected override void ConfigureStorage(ISiloBuilder silo) => silo.AddMemoryGrainStorage("store");
}

[CollectionDefinition(Name)]
public sealed class TimeTravelCollection : ICollectionFixture<TimeTravelCluster>
{
    public const string Name = "time travel cluster";
}

[Collection(TimeTravelCollection.Name)]
public sealed class ForeignResidentTests(TimeTravelCluster fleet)
{
    [Fact(DisplayName = "R-VAL-5: a foreign resident's card ends with the period of stay, and extending the stay does not extend it")]
    public async Task CardLapsesWithStay()
    {
        var today = DateOnly.FromDateTime(fleet.Time.GetUtcNow().UtcDateTime);
        var index = TestPopulation.Find(70_000, r => !r.Japanese && r.StayEnds is { } end && end > today.AddDays(60)
            && end < today.AddYears(3) && Domain.Birthdays.AgeOn(r.BirthDate, today) >= 20);
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        await resident.ApplyForCardAsync(false);
        Assert.True((await resident.CollectCardAsync(HandoverPins.Of("STAY2026", "8642"))).Accepted);
        var snapshot = (await resident.GetAsync())!;
        var card = fleet.Client.GetGrain<ICardGrain>(snapshot.CardKey!);
        var stayEnds = snapshot.StayEnds!.Value;
        Assert.Equal(stayEnds, (await card.GetAsync()).ExpiresOn);

        Assert.True((await resident.ExtendStayAsync(stayEnds.AddYears(3))).Accepted);
        fleet.Time.Advance(TimeSpan.FromDays(stayEnds.DayNumber - today.DayNumber));
        Assert.True((await card.VerifyPinAsync(PinSlot.UserAuthentication, "8642")).Accepted);
        fleet.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal("card.expired", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "8642")).Reason);
    }
}

[Collection(TimeTravelCollection.Name)]
public sealed class KioskPinResetTests(TimeTravelCluster fleet)
{
    [Fact(DisplayName = "R-PIN-4: the smartphone reservation of a signing-PIN reset holds 24 hours of simulated time")]
    public async Task ReservationWindowFollowsTheClock()
    {
        // Kiosk resets are closed on year-end days (R-PIN-5); earlier tests in this cluster may have moved the clock there.
        while (DateOnly.FromDateTime(fleet.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime) is { Month: 12, Day: >= 28 } or { Month: 1, Day: <= 4 })
        {
            fleet.Time.Advance(TimeSpan.FromDays(1));
        }

        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(880_001, 1));
        await card.ApplyAsync(new HolderFacts("Reset Holder", "1-1-1", new DateOnly(1970, 7, 7), false, true, null), false);
        await card.MarkReadyAsync();
        Assert.True((await card.HandOverAsync(HandoverPins.Of("OLD12345", "1111"))).Accepted);

        Assert.True((await card.ReserveSigningResetAsync("1111", faceMatched: true)).Accepted);
        fleet.Time.Advance(TimeSpan.FromHours(23));
        Assert.True((await card.CompleteSigningResetAsync("1111", "NEW12345")).Accepted);
        Assert.True((await card.VerifyPinAsync(PinSlot.Signing, "NEW12345")).Accepted);

        Assert.True((await card.ReserveSigningResetAsync("1111", faceMatched: true)).Accepted);
        fleet.Time.Advance(TimeSpan.FromHours(25));
        Assert.Equal("pin.reset-not-reserved", (await card.CompleteSigningResetAsync("1111", "LATE1234")).Reason);
        Assert.True((await card.VerifyPinAsync(PinSlot.Signing, "NEW12345")).Accepted);
    }
}

[Collection(TimeTravelCollection.Name)]
public sealed class DeadlineSweepTests(TimeTravelCluster fleet)
{
    [Fact(DisplayName = "R-MOVE-3: the municipality's sweep on simulated time lapses a card 30 days after a move-out without transfer-in")]
    public async Task SweepLapsesCardWithoutTransferIn()
    {
        var today = DateOnly.FromDateTime(fleet.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);
        var index = TestPopulation.Find(90_000, r => r.HoldsCard && !r.FaceAuthenticationCard && TestPopulation.AdultJapanese(r));
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        await resident.ApplyForCardAsync(false);
        Assert.True((await resident.CollectCardAsync(HandoverPins.Of("SWEEP123", "9753"))).Accepted);
        Assert.True((await resident.MoveOutAsync("271004", today)).Accepted);

        var town = fleet.Client.GetGrain<IMunicipalityGrain>(FleetKeys.Municipality("sweep-test"));
        await town.StartDeadlineSweepAsync(index, 1, TimeSpan.FromDays(1));
        fleet.Time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(0, await town.WaitForSweepsAsync(30));
        fleet.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await town.WaitForSweepsAsync(31));
        var card = fleet.Client.GetGrain<ICardGrain>((await resident.GetAsync())!.CardKey!);
        Assert.Equal("card.lapsed", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "9753")).Reason);
    }
}
