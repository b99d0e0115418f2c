using Microsoft.Extensions.DependencyInjection;
using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Population;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class KioskInvariantTests
{
    [ClusterFact(DisplayName = "Kiosk invariant on a two-silo cluster: concurrent store sessions for one municipality hand out zero wrong-person documents")]
    public async Task NoWrongPersonDocuments()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        // From a weekday morning in Japan: kiosk hours (R-KIOSK) must not depend on when the suite runs.
        var clock = new Dictionary<string, string>
        {
            ["Clock__Mode"] = "accelerated", ["Clock__Factor"] = "1", ["Clock__Start"] = "2026-11-26T10:00:00+09:00",
        };
        // A first session makes the CA's and the card's key material: slower than the 10 s fault timeout.
        await using var rig = await ClusterRig.StartAsync("kiosk", 2, ct, clock, "--Client:ResponseTimeoutSeconds=60");
        var population = rig.ClientServices.GetRequiredService<PopulationGenerator>();
        var candidates = await CardToggleWorkload.FindActiveCardsAsync(rig.Client, 120, 5_000, ct);
        var holders = new List<(string Card, string Municipality)>();
        foreach (var card in candidates)
        {
            FleetKeys.TryParseCard(card, out var index, out _);
            var snapshot = await rig.Client.GetGrain<ICardGrain>(card).GetAsync();
            var resident = await rig.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index)).GetAsync();
            if (!snapshot.FaceAuthenticationOnly && resident is not null) holders.Add((card, resident.MunicipalityCode));
        }
        var municipality = holders.GroupBy(h => h.Municipality).OrderByDescending(g => g.Count()).First();
        var cards = municipality.Select(h => h.Card).ToList();
        Assert.True(cards.Count >= 8, $"only {cards.Count} card holders in municipality {municipality.Key}");

        var kiosks = Enumerable.Range(0, 6).Select(i => rig.Client.GetGrain<IKioskGrain>(FleetKeys.Kiosk($"store-{i}"))).ToList();
        KioskOrder Order(int n)
        {
            var card = cards[n % cards.Count];
            FleetKeys.TryParseCard(card, out var index, out _);
            return new KioskOrder(card, population.Pins(index).FourDigits, 0, 1);
        }
        // One session warms up the certificate authority and verifier (key material is made on first use).
        await ClusterRig.WaitUntilAsync(async () =>
        {
            try { return (await kiosks[0].IssueAsync(Order(0))).Accepted; }
            catch (TimeoutException) { return false; }
        }, TimeSpan.FromSeconds(60), ct);
        // Six machines at once, each running its own sessions one after another, as a store's machine does.
        var perKiosk = await Task.WhenAll(kiosks.Select(async (kiosk, k) =>
        {
            var mine = new List<KioskReceipt>();
            for (var n = k; n < 2 * cards.Count; n += kiosks.Count) mine.Add(await kiosk.IssueAsync(Order(n)));
            return mine;
        }));
        var receipts = perKiosk.SelectMany(r => r).ToList();

        var reasons = string.Join(", ", receipts.Where(r => !r.Accepted).GroupBy(r => r.Reason).Select(g => $"{g.Key} ×{g.Count()}"));
        Assert.True(receipts.Count(r => r.Accepted) >= cards.Count, $"too few documents printed; refusals: {reasons}");
        Assert.DoesNotContain(receipts, r => r.Reason == "kiosk.wrong-person-document");
        var violations = await Task.WhenAll(kiosks.Select(k => k.InvariantViolationsAsync()));
        Assert.All(violations, v => Assert.Equal(0, v));
    }
}
