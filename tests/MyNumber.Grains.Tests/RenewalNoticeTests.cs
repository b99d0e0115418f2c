using Microsoft.Extensions.DependencyInjection;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Population;
using MyNumber.Grains.Tests.Fixtures;
using Orleans.Runtime;

namespace MyNumber.Grains.Tests;

/// <summary>Renewal-notice tests move the clock by weeks: a cluster of their own.</summary>
public sealed class NoticeCluster : FleetCluster
{
    protected override void ConfigureStorage(ISiloBuilder silo) => silo.AddMemoryGrainStorage("store");
}

[CollectionDefinition(Name)]
public sealed class NoticeCollection : ICollectionFixture<NoticeCluster>
{
    public const string Name = "renewal notice cluster";
}

/// <summary>
/// R-VAL-8 on simulated time: a durable reminder wakes the card, the fake clock decides. Reminders are fired
/// by hand through the grain's <see cref="IRemindable"/> face, as Orleans would fire them, so nothing sleeps.
/// </summary>
[Collection(NoticeCollection.Name)]
public sealed class RenewalNoticeTests(NoticeCluster fleet)
{
    [Fact(DisplayName = "R-VAL-8: a card owed a notice keeps a durable reminder and is noticed once, when the simulated clock reaches the date")]
    public async Task NoticeFollowsSimulatedTime()
    {
        var today = Today();
        var (index, due) = Owed(0, today, japanese: true);
        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(index, 0));
        Assert.Equal(0, (await card.GetAsync()).RenewalNotices);
        Assert.NotNull(await ReminderOf(card));

        await WakeAsync(card);
        Assert.Equal(0, (await card.GetAsync()).RenewalNotices);

        fleet.Time.Advance(TimeSpan.FromDays(due.DayNumber - today.DayNumber));
        await WakeAsync(card);
        var noticed = await card.GetAsync();
        Assert.Equal((1, due), (noticed.RenewalNotices, noticed.RenewalNoticeSentOn));
        Assert.Null(await ReminderOf(card));

        await WakeAsync(card);
        Assert.Equal(1, (await card.GetAsync()).RenewalNotices);
    }

    [Fact(DisplayName = "R-VAL-8: a foreign resident with a fixed period of stay gets no reminder and no notice")]
    public async Task NoNoticeForFixedStay()
    {
        var today = Today();
        var (index, _) = Owed(200_000, today, japanese: false);
        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(index, 0));
        var snapshot = await card.GetAsync();
        Assert.Equal(CardStatus.Active, snapshot.Status);
        Assert.Null(await ReminderOf(card));

        fleet.Time.Advance(TimeSpan.FromDays(RenewalNotices.HorizonDays));
        await WakeAsync(card);
        Assert.Equal(0, (await card.GetAsync()).RenewalNotices);
    }

    private DateOnly Today() => DateOnly.FromDateTime(fleet.Time.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime);

    /// <summary>
    /// A generated card, in use, whose first expiry's three-months-before date falls 5 days to just inside the reminder horizon ahead. For a
    /// foreign resident that date is what a Japanese holder would be noticed on: the stay makes it none.
    /// </summary>
    private static (long Index, DateOnly Due) Owed(long from, DateOnly today, bool japanese)
    {
        for (var i = from; i < from + 400_000; i++)
        {
            var resident = TestPopulation.Population.Resident(i);
            if (resident.Japanese != japanese || (resident.StayEnds is not null) == japanese) continue;
            if (PopulationCards.InitialCard(TestPopulation.Population, i, 0, FleetKeys.Card(i, 0)) is not { Status: CardStatus.Active } card) continue;
            var first = new[] { card.UserCertificate?.Expires, card.ExpiresOn }.Min();
            if (first is not { } expiry || expiry < today) continue;
            var due = expiry.AddMonths(-3);
            if (due >= today.AddDays(5) && due <= today.AddDays(RenewalNotices.HorizonDays - 2)) return (i, due);
        }

        throw new InvalidOperationException("no such card in the test population");
    }

    private async Task<ReminderEntry?> ReminderOf(ICardGrain card)
    {
        var table = fleet.Cluster.Silos[0].ServiceProvider.GetRequiredService<IReminderTable>();
        return await table.ReadRow(card.GetGrainId(), CardGrain.NoticeReminder);
    }

    private static Task WakeAsync(ICardGrain card) =>
        card.AsReference<IRemindable>().ReceiveReminder(CardGrain.NoticeReminder,
            new TickStatus(DateTime.UtcNow, TimeSpan.FromMinutes(1), DateTime.UtcNow));
}
