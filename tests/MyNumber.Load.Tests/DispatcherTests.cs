using System.Diagnostics;
using System.Runtime;
using MyNumber.Load.Simulations;
using MyNumber.Load.Timing;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public class DispatcherTests
{
    [Fact(DisplayName = "A synchronous step reuses one context (no allocation per iteration); an awaiting step gets its own")]
    public void ContextReuse()
    {
        var seen = new List<(ScenarioContext Context, long Number)>();
        var sync = Scenario.Create("sync", ctx =>
        {
            seen.Add((ctx, ctx.IterationNumber));
            return ValueTask.FromResult(StepResult.Ok());
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(100, TimeSpan.FromSeconds(1), 50));
        Run(sync);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (long)i), seen.Select(s => s.Number));
        Assert.Single(seen.Select(s => s.Context).Distinct());

        var contexts = new HashSet<ScenarioContext>();
        int changedUnderneath = 0;
        var waiting = Scenario.Create("async", async ctx =>
        {
            long number = ctx.IterationNumber;
            contexts.Add(ctx);
            await ctx.Delay(TimeSpan.FromMilliseconds(50));
            if (ctx.IterationNumber != number) changedUnderneath++;
            return StepResult.Ok();
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(100, TimeSpan.FromSeconds(1), 20));
        Run(waiting);
        Assert.Equal(0, changedUnderneath);
        Assert.True(contexts.Count >= 5, $"overlapping iterations shared contexts: {contexts.Count} distinct");
    }

    [Fact(DisplayName = "A real-time run asks the GC for sustained low latency and reports how its dispatcher ran")]
    public async Task GcModeAndSetup()
    {
        var modes = new List<GCLatencyMode>();
        var scenario = Scenario.Create("gc", _ =>
        {
            lock (modes) modes.Add(GCSettings.LatencyMode);
            return ValueTask.FromResult(StepResult.Ok());
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(1000, TimeSpan.FromSeconds(1), 50));
        var report = await LoadRunner.Create(scenario).WithGeneratorLimits(new GeneratorLimits(TimeSpan.FromSeconds(10), 100)).RunAsync();
        Assert.Equal(50, modes.Count);
        if (!GCSettings.IsServerGC && GCSettings.LatencyMode != GCLatencyMode.Batch)
            Assert.All(modes, m => Assert.Equal(GCLatencyMode.SustainedLowLatency, m));
        Assert.StartsWith("dedicated thread, ", report.Generator.Setup, StringComparison.Ordinal);
        Assert.Contains("GC ", report.Generator.Setup, StringComparison.Ordinal);
        if (OperatingSystem.IsLinux()) Assert.Contains("microsecond sleeps", report.Generator.Setup, StringComparison.Ordinal);
        Assert.Equal("virtual clock", Run(scenario).Generator.Setup);
    }

    [Fact(DisplayName = "The GC's stop-the-world pauses are counted, and a lag they caused is blamed on them")]
    public async Task GcPausesReported()
    {
        var scenario = Scenario.Create("gc", ctx =>
        {
            // Forced blocking collections stand in for an in-process system's garbage.
            if (ctx.IterationNumber % 50 == 0) GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            return ValueTask.FromResult(StepResult.Ok());
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(1000, TimeSpan.FromSeconds(1), 1000));
        var report = await LoadRunner.Create(scenario).WithGeneratorLimits(new GeneratorLimits(TimeSpan.FromTicks(1), 100)).RunAsync();
        var g = report.Generator;
        Assert.True(g.GcPauses >= 10, $"{g.GcPauses} pauses seen");
        Assert.True(g.LongestGcPauseMs > 0);
        if (!g.IsValid) Assert.Contains("the GC stopped the whole process", g.InvalidReasons[0], StringComparison.Ordinal);
        Assert.Equal(0, Run(scenario).Generator.GcPauses);
    }

    [Fact(DisplayName = "The real-time clock never returns before a short deadline, and Wake ends a long wait early")]
    public void RealClockWaits()
    {
        using var clock = new SystemLoadClock();
        for (int i = 0; i < 20; i++)
        {
            long deadline = clock.Now + clock.Frequency / 3000;
            clock.WaitUntil(deadline, CancellationToken.None);
            Assert.True(clock.Now >= deadline, "returned before the deadline");
        }
        var watch = Stopwatch.StartNew();
        using var waker = new Timer(_ => clock.Wake(), null, 50, Timeout.Infinite);
        clock.WaitUntil(clock.Now + clock.Frequency * 10, CancellationToken.None);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"Wake did not end the wait: {watch.Elapsed}");
    }
}
