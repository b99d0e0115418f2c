using MyNumber.Silo.Bench;

namespace MyNumber.Grains.Tests;

/// <summary>The bench figures at toy size: they run and are shaped right (goals are judged in the real run).</summary>
public sealed class FleetBenchTests
{
    [Fact(DisplayName = "bench: rate and memory figures come with baselines from the same run")]
    public async Task FiguresAreMeasured()
    {
        await using var bench = await FleetBench.StartAsync();
        var rates = await bench.MeasureRatesAsync(grains: 200, calls: 4000);
        Assert.Equal(["fleet.pin-verify-rate", "fleet.state-change-rate", "fleet.state-change-vs-trivial-write"], rates.Select(r => r.Name));
        Assert.All(rates, r =>
        {
            Assert.True(r.Value > 0 && r.Baseline > 0);
            Assert.Equal(r.Value / r.Baseline, r.Ratio, 6);
        });
        var memory = await bench.MeasureMemoryAsync(activations: 2000);
        Assert.Equal("bytes", memory.Unit);
        Assert.True(memory.Baseline > 0);
    }
}
