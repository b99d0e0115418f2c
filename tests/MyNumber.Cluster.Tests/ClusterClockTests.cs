using MyNumber.Cli.Scenarios;
using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Contracts;
using MyNumber.Contracts.Time;
using MyNumber.Grains.Time;

namespace MyNumber.Cluster.Tests;

/// <summary>`mynumber run --cluster`: the scenario's clock reaches silo processes whose own clock says another date.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterClockTests
{
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    [ClusterFact(DisplayName = "A client's stepped and accelerated clock is what every silo process reads, not the silos' own")]
    public async Task ClientClockReachesEverySilo()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        var own = new Dictionary<string, string>
        {
            ["Clock__Mode"] = "accelerated", ["Clock__Factor"] = "1", ["Clock__Start"] = "2026-11-26T10:00:00+09:00",
        };
        await using var rig = await ClusterRig.StartAsync("clock", 2, ct, own);
        var clockGrain = GrainReferences<IClusterClockGrain>.Of(rig.Client, 0);
        // Both silos poll the cluster clock once they are up.
        await ClusterRig.WaitUntilAsync(async () => (await clockGrain.SiloTimesAsync()).Count == 2, TimeSpan.FromSeconds(30), ct);

        var switchDay = new DateTimeOffset(2024, 12, 2, 9, 0, 0, Japan);
        using var local = new SimulatedTimeProvider(TimeProvider.System, switchDay);
        var harness = new ClusterFleetClock(rig.Client, local);
        harness.Freeze();
        harness.AdvanceTo(switchDay.AddHours(3));

        // Stepped: once the clock says the silos run it, each reads exactly the step's time.
        var times = await clockGrain.SiloTimesAsync();
        await ClusterRig.WaitUntilAsync(async () =>
            (times = await clockGrain.SiloTimesAsync()).Values.All(t => t == switchDay.AddHours(3)), TimeSpan.FromSeconds(2), ct);
        Assert.Equal(2, times.Count);
        Assert.All(times.Values, t => Assert.Equal(switchDay.AddHours(3), t));

        // Accelerated ×60 from there: the silos' time runs on from the step, far from their own 2026 clock.
        harness.Accelerate(60);
        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        times = await clockGrain.SiloTimesAsync();
        Assert.Equal(2, times.Count);
        Assert.All(times.Values, t =>
        {
            Assert.InRange(t, switchDay.AddHours(3), switchDay.AddHours(3).AddMinutes(5));
            Assert.InRange(Math.Abs((t - local.GetUtcNow()).TotalSeconds), 0, 30);
        });
    }
}
