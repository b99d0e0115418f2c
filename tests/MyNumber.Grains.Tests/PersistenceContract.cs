using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

/// <summary>What every grain storage must do for the fleet; run on memory and on PostgreSQL.</summary>
public abstract class PersistenceContract(FleetCluster fleet)
{
    private static long _next = 500_000;

    protected FleetCluster Fleet => fleet;

    protected static long NextIndex() => Interlocked.Increment(ref _next);

    protected async Task UntouchedResidentIsGeneratedAndNotWritten()
    {
        var index = NextIndex();
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        var first = await resident.GetAsync();
        Assert.NotNull(first);
        Assert.False(first.StoredState);
        await fleet.Cluster.DeactivateAsync((IAddressable)resident);
        var again = await resident.GetAsync();
        Assert.Equal(first, again);
    }

    protected async Task ChangedResidentSurvivesDeactivation()
    {
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(NextIndex()));
        Assert.True((await resident.RegisterOldSurnameAsync("Kyu")).Accepted);
        await fleet.Cluster.DeactivateAsync((IAddressable)resident);
        var after = await resident.GetAsync();
        Assert.True(after!.StoredState);
        Assert.True(after.HasOldSurname);
    }

    protected async Task PinCounterSurvivesDeactivation()
    {
        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(NextIndex(), 1));
        var holder = new HolderFacts("Persisted Holder", "4-5-6", new DateOnly(1975, 1, 31), true, true, null);
        await card.ApplyAsync(holder, false);
        await card.MarkReadyAsync();
        Assert.True((await card.HandOverAsync(HandoverPins.Of("PIN2024X", "2468"))).Accepted);
        await card.VerifyPinAsync(PinSlot.UserAuthentication, "0000");
        await card.VerifyPinAsync(PinSlot.UserAuthentication, "0000");
        await fleet.Cluster.DeactivateAsync((IAddressable)card);
        Assert.Equal("pin.wrong", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "0000")).Reason);
        Assert.Equal("pin.locked", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "2468")).Reason);
    }

    /// <summary>Keys "80437" and "080437" are different grains (dotnet/orleans#9706 is designed around).</summary>
    protected async Task HexLookingKeysStayApart()
    {
        var a = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(80437));
        var b = fleet.Client.GetGrain<IResidentGrain>("resident:080437");
        await a.RegisterOldSurnameAsync("A");
        Assert.False((await b.GetAsync())!.StoredState);
    }
}
