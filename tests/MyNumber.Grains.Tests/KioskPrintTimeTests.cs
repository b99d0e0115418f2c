using System.Diagnostics;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Kiosk;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

/// <summary>
/// The kiosk's print time comes from the "Kiosk" section, and a slow certificate centre (backend-latency
/// fault) holds the session and lengthens the print only while its window is in force.
/// </summary>
public sealed class KioskPrintTimeTests(SlowCentreCluster fleet) : IClassFixture<SlowCentreCluster>
{
    private const int ResidentRecordCopy = 0;

    [Fact(DisplayName = "Slow certificate centre: in its window a kiosk session waits the latency and prints that much longer; before and after it does not")]
    public async Task SlowCentreOnlyInItsWindow()
    {
        var order = await NewOrderAsync(TestPopulation.Find(70_000, TestPopulation.AdultJapanese), copies: 1);
        var kiosk = fleet.Client.GetGrain<IKioskGrain>(FleetKeys.Kiosk("slow-centre"));

        var before = await kiosk.IssueAsync(order);
        Assert.True(before.Accepted, before.Reason);
        Assert.Equal(SlowCentreCluster.PrintTime, before.PrintTime);

        fleet.Time.SetUtcNow(SlowCentreCluster.SlowFrom);
        var watch = Stopwatch.StartNew();
        var slow = await kiosk.IssueAsync(order);
        watch.Stop();
        Assert.True(slow.Accepted, slow.Reason);
        Assert.Equal(SlowCentreCluster.PrintTime + SlowCentreCluster.CentreLatency, slow.PrintTime);
        // Timers may fire a tick early; the centre's wait is real either way.
        Assert.True(watch.Elapsed >= SlowCentreCluster.CentreLatency - TimeSpan.FromMilliseconds(20), $"session took {watch.Elapsed}");

        fleet.Time.SetUtcNow(SlowCentreCluster.SlowUntil);
        var after = await kiosk.IssueAsync(order);
        Assert.True(after.Accepted, after.Reason);
        Assert.Equal(SlowCentreCluster.PrintTime, after.PrintTime);
    }

    [Fact(DisplayName = "Kiosk section: the first copy takes the configured print time, each further copy the extra-copy time")]
    public async Task ConfiguredPrintTime()
    {
        var defaults = new KioskSettings();
        Assert.Equal(TimeSpan.FromSeconds(32), defaults.PrintTimeOf(1));
        Assert.Equal(TimeSpan.FromSeconds(56), defaults.PrintTimeOf(3));

        var order = await NewOrderAsync(TestPopulation.Find(80_000, TestPopulation.AdultJapanese), copies: 3);
        var receipt = await fleet.Client.GetGrain<IKioskGrain>(FleetKeys.Kiosk("print-time")).IssueAsync(order);
        Assert.True(receipt.Accepted, receipt.Reason);
        Assert.Equal(SlowCentreCluster.PrintTime + (defaults.ExtraCopyTime * 2), receipt.PrintTime);
    }

    /// <summary>A new cardholder (user PIN 1357) and a resident-record order for them; the clock is left where it is.</summary>
    private async Task<KioskOrder> NewOrderAsync(long index, int copies)
    {
        var resident = fleet.Client.GetGrain<IResidentGrain>(FleetKeys.Resident(index));
        var applied = await resident.ApplyForCardAsync(faceAuthenticationOnly: false);
        Assert.True(applied.Accepted, applied.Reason);
        var collected = await resident.CollectCardAsync(HandoverPins.Of("KIOSK2026", "1357"));
        Assert.True(collected.Accepted, collected.Reason);
        return new KioskOrder((await resident.GetAsync())!.CardKey!, "1357", ResidentRecordCopy, copies);
    }
}
