using MyNumber.Load.Reports;
using MyNumber.Load.Thresholds;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Tests;

/// <summary>Runs scenarios on a virtual clock: deterministic, and a 20-second run takes milliseconds.</summary>
internal static class VirtualRun
{
    public static RunReport Run(params Scenario[] scenarios) => Run(scenarios, []);

    public static RunReport Run(Scenario[] scenarios, Threshold[] thresholds, VirtualLoadClock? clock = null) =>
        LoadRunner.Create(scenarios).WithClock(clock ?? new VirtualLoadClock()).WithThresholds(thresholds)
            .RunAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();

    /// <summary>A step that takes <paramref name="milliseconds"/> of virtual time and succeeds.</summary>
    public static Scenario Taking(string name, double milliseconds) =>
        Scenario.Create(name, async ctx =>
        {
            await ctx.Delay(TimeSpan.FromMilliseconds(milliseconds));
            return StepResult.Ok();
        });

    public static void WithinOnePercent(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= expected * 0.01, $"expected {expected} ± 1 %, got {actual}");
}
