using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public sealed class OutcomeLatencyTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-outcome-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    /// <summary>Every fifth iteration fails after 100 ms (a timeout); the others succeed in 10 ms.</summary>
    private static Scenario SlowFailures() => Scenario.Create("s", async ctx =>
    {
        bool fails = ctx.IterationNumber % 5 == 0;
        var result = await ctx.Step("call", async () =>
        {
            await ctx.Delay(TimeSpan.FromMilliseconds(fails ? 100 : 10));
            return fails ? StepResult.Fail("timeout") : StepResult.Ok();
        });
        return result;
    }).WithLoadSimulations(LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));

    [Fact(DisplayName = "Failed iterations have their own histograms: slow failures do not move the successes' percentiles")]
    public void SeparateHistograms()
    {
        var s = Run(SlowFailures()).Scenarios[0];
        Assert.Equal((400, 100), (s.Ok, s.Failed));
        Assert.Equal(400, s.Latency.Count);
        Assert.InRange(s.Latency.MaxMs, 9.9, 10.1);
        Assert.Equal(100, s.FailedLatency.Count);
        Assert.InRange(s.FailedLatency.P50Ms, 99.9, 100.1);
        Assert.InRange(s.FailedServiceTime.P99Ms, 99.9, 100.1);
        var step = s.Steps.Single();
        Assert.InRange(step.Latency.MaxMs, 9.9, 10.1);
        Assert.InRange(step.FailedLatency.P50Ms, 99.9, 100.1);
        Assert.All(s.Intervals.Where(i => i.Failed > 0), i => Assert.InRange(i.FailedLatencyP99Ms, 99.9, 100.1));
    }

    [Fact(DisplayName = "Latency thresholds read the successes by default, the failures or everything when asked")]
    public void ThresholdOutcomes()
    {
        var report = Run([SlowFailures()], [.. ThresholdSyntax.Parse("p99<20ms; fail.p99<20ms; all.p99<20ms; all.p50<20ms; s.call:p99<20ms; s.call:fail.p50>50ms", "s")]);
        Assert.Equal([true, false, false, true, true, true], report.Thresholds.Select(t => t.Passed));
        Assert.InRange(report.Thresholds[2].Actual!.Value, 99.9, 100.1);
    }

    [Fact(DisplayName = "A scenario that never fails reports empty failure latencies and carries no failure histograms")]
    public void NoFailures()
    {
        var s = Run(Taking("s", 5).WithLoadSimulations(LoadSimulation.Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)))).Scenarios[0];
        Assert.Same(LatencySummary.Empty, s.FailedLatency);
        Assert.Equal(0, s.FailedServiceTime.Count);
    }

    [Fact(DisplayName = "Every report format shows the failures' latency next to the successes'")]
    public void ReportsShowBoth()
    {
        var report = Run(SlowFailures());
        ReportWriter.WriteAll(report, directory);
        var summary = File.ReadAllLines(Path.Combine(directory, "summary.csv"));
        Assert.EndsWith(",failed_p50_ms,failed_p99_ms,failed_max_ms", summary[0], StringComparison.Ordinal);
        Assert.All(summary[1].Split(',')[^3..], v => Assert.InRange(double.Parse(v, System.Globalization.CultureInfo.InvariantCulture), 99.9, 100.1));
        Assert.EndsWith(",failed_p99_ms", File.ReadAllLines(Path.Combine(directory, "intervals.csv"))[0], StringComparison.Ordinal);
        Assert.Contains("| failed p99 ms |", File.ReadAllText(Path.Combine(directory, "report.md")), StringComparison.Ordinal);
        Assert.Contains("<td>intended start</td><td>failed</td><td>100</td>", File.ReadAllText(Path.Combine(directory, "report.html")), StringComparison.Ordinal);
        var parsed = JsonReportFormat.Parse(File.ReadAllText(Path.Combine(directory, "report.json")));
        Assert.Equal(100, parsed.Scenarios[0].FailedLatency.Count);
        Assert.Equal(100, parsed.Scenarios[0].Steps[0].FailedLatency.Count);
    }
}
