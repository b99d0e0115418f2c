using MyNumber.Load.Scenarios.Capacity;
using MyNumber.Load.Simulations;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Scenarios.Tests.Running;

public sealed class CapacitySearchTests
{
    /// <summary>
    /// A system whose capacity the test sets: <paramref name="servers"/> servers, each busy for
    /// <paramref name="service"/> per request, requests queueing for the first free one (on the virtual clock).
    /// </summary>
    private static Func<double, CancellationToken, Task<Load.Reports.ScenarioReport>> System(int servers, TimeSpan service)
    {
        return async (rate, cancel) =>
        {
            var clock = new VirtualLoadClock();
            var freeAt = new long[servers];
            long serviceTicks = (long)(service.TotalSeconds * clock.Frequency);
            var scenario = Scenario.Create("server", async ctx =>
            {
                long now = ctx.Clock.Now;
                int server = Array.IndexOf(freeAt, freeAt.Min());
                long start = Math.Max(now, freeAt[server]);
                freeAt[server] = start + serviceTicks;
                await ctx.Delay(TimeSpan.FromSeconds((freeAt[server] - now) / (double)clock.Frequency));
                return StepResult.Ok();
            }).WithLoadSimulations(LoadSimulation.Inject(rate, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
            var report = await LoadRunner.Create(scenario).WithClock(clock).RunAsync(cancel);
            return report.Scenarios[0];
        };
    }

    [Fact(DisplayName = "Capacity search finds the knee of a system with a known capacity of 400/s")]
    public async Task FindsKnownKnee()
    {
        var result = await CapacitySearch.RunAsync(System(4, TimeSpan.FromMilliseconds(10)), SloSpec.Parse("p99<50ms;errors<0.1%"), 25, 100_000);
        Assert.NotNull(result.Knee);
        Assert.InRange(result.SustainableRate, 400 * 0.95, 400 * 1.001);
        Assert.NotNull(result.FirstFailing);
        Assert.InRange(result.FirstFailing!.OfferedRate, 400, 400 * 1.06);
        Assert.Contains("p99<50ms", result.FirstFailing.Why, StringComparison.Ordinal);
        // The evidence: the ramp doubled from 25/s, then bisected.
        Assert.Equal([25, 50, 100, 200, 400, 800], result.Trials.Take(6).Select(t => t.OfferedRate));
    }

    [Fact(DisplayName = "A system that breaks the SLO at the first rate has no sustainable rate above it")]
    public async Task NoneWhenAlwaysBroken()
    {
        var result = await CapacitySearch.RunAsync(System(1, TimeSpan.FromMilliseconds(100)), SloSpec.Parse("p99<50ms"), 25, 1000);
        Assert.Null(result.Knee);
        Assert.Equal(0, result.SustainableRate);
    }

    [Theory(DisplayName = "SLO text parses, and bad conditions are named")]
    [InlineData("p99<50ms;errors<0.1%", "p99<50ms;errors<0.1%")]
    [InlineData("p99.9<=1s; max<2000ms", "p99.9<=1000ms;max<2000ms")]
    public void SloParses(string text, string canonical) => Assert.Equal(canonical, SloSpec.Parse(text).ToString());

    [Theory(DisplayName = "Malformed SLO conditions are refused with the condition named")]
    [InlineData("p99<50", "p99<50")]
    [InlineData("errors<5ms", "errors<5ms")]
    [InlineData("latency<5ms", "latency<5ms")]
    public void SloRefused(string text, string named) =>
        Assert.Contains(named, Assert.Throws<FormatException>(() => SloSpec.Parse(text)).Message, StringComparison.Ordinal);
}
