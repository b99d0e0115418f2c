using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
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
