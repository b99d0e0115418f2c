using MyNumber.Load.Simulations;
using MyNumber.Load.Timing;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public class MeasurementTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>1 ms steps at 100/s through one slot; iteration 500 stalls for a second.</summary>
    private static Scenario StallingOnce(ConcurrencyLimit limit) =>
        Scenario.Create("stall", async ctx =>
        {
            await ctx.Delay(ctx.IterationNumber == 500 ? Second : TimeSpan.FromMilliseconds(1));
            return StepResult.Ok();
        }).WithConcurrency(limit).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(20)));

    [Fact(DisplayName = "Coordinated omission: a 1 s stall shows in the corrected p99 and hides in the uncorrected one")]
    public void CorrectedLatencyShowsStall()
    {
        var s = Run(StallingOnce(ConcurrencyLimit.Queue(1, 10_000))).Scenarios[0];
        Assert.Equal(2000, s.Completed);
        Assert.Equal(0, s.Dropped);
        // ~100 arrivals waited behind the stall, for 1000, 990, … ms: over 1 % of all iterations.
        Assert.InRange(s.Latency.P99Ms, 700, 1001);
        Assert.InRange(s.Latency.MaxMs, 999, 1002);
        // Measured from the actual start, only the stalled iteration itself is slow.
        Assert.InRange(s.ServiceTime.P99Ms, 0.9, 1.1);
        Assert.InRange(s.ServiceTime.MaxMs, 999, 1002);
        Assert.InRange(s.SchedulingLag.P99Ms, 700, 1001);
    }

    [Fact(DisplayName = "Overflow policy Drop: arrivals above the cap are dropped and counted, not run")]
    public void DropPolicyCounts()
    {
        var s = Run(StallingOnce(ConcurrencyLimit.Drop(1))).Scenarios[0];
        Assert.Equal(2000, s.Offered);
        Assert.InRange(s.Dropped, 99, 100);
        Assert.Equal(s.Offered, s.Started + s.Dropped);
        Assert.Equal(s.Started, s.Completed);
        Assert.Equal(1, s.MaxInFlight);
        Assert.InRange(s.Latency.P99Ms, 0.9, 1.1);
    }

    [Fact(DisplayName = "Overflow policy Queue: up to the bound wait and run late; beyond it they are dropped")]
    public void QueuePolicyBounded()
    {
        var s = Run(StallingOnce(ConcurrencyLimit.Queue(1, 10))).Scenarios[0];
        Assert.Equal(2000, s.Offered);
        Assert.InRange(s.Dropped, 89, 90);
        Assert.Equal(s.Offered, s.Started + s.Dropped);
        // The first ten arrivals after the stall began waited in the queue until it ended.
        Assert.InRange(s.SchedulingLag.MaxMs, 985, 991);
    }

    [Fact(DisplayName = "Without a cap problem, unbounded concurrency runs every arrival on time")]
    public void LargeCapRunsAllOnTime()
    {
        var s = Run(StallingOnce(ConcurrencyLimit.Drop(1000))).Scenarios[0];
        Assert.Equal(0, s.Dropped);
        Assert.Equal(0, s.SchedulingLag.MaxMs);
        Assert.Equal(2, s.MaxInFlight);
    }

    [Fact(DisplayName = "A generator that falls behind its schedule marks the run invalid (exit code 98)")]
    public void GeneratorFallingBehindIsInvalid()
    {
        var clock = new VirtualLoadClock();
        var busy = Scenario.Create("busy", _ =>
        {
            // Synchronous work on the dispatcher: 20 ms per arrival at a 10 ms period.
            clock.Advance(TimeSpan.FromMilliseconds(20));
            return ValueTask.FromResult(StepResult.Ok());
        }).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(5)));
        var report = Run([busy], [], clock);
        Assert.False(report.Generator.IsValid);
        Assert.Equal(RunExitCode.InvalidRun, report.ExitCode);
        Assert.Contains(report.Generator.InvalidReasons, r => r.Contains("fell behind", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "A generator that keeps up is valid, with zero dispatch lag on the virtual clock")]
    public void GeneratorKeepingUpIsValid()
    {
        var report = Run(Taking("s", 5).WithLoadSimulations(LoadSimulation.Inject(1000, Second, TimeSpan.FromSeconds(3))));
        Assert.True(report.Generator.IsValid);
        Assert.Equal(0, report.Generator.DispatchLag.MaxMs);
        Assert.Equal(3000, report.Generator.DispatchLag.Count);
        Assert.Equal(RunExitCode.Passed, report.ExitCode);
    }

    [Fact(DisplayName = "Failures are counted by reason, and exceptions become failures named by their type")]
    public void FailuresByReason()
    {
        var scenario = Scenario.Create("f", ctx => (ctx.IterationNumber % 4) switch
        {
            0 => ValueTask.FromResult(StepResult.Fail("card locked")),
            1 => throw new InvalidOperationException("boom"),
            _ => ValueTask.FromResult(StepResult.Ok()),
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(100, Second, 400));
        var s = Run(scenario).Scenarios[0];
        Assert.Equal(200, s.Ok);
        Assert.Equal(200, s.Failed);
        Assert.Equal(100, s.FailuresByReason["card locked"]);
        Assert.Equal(100, s.FailuresByReason[nameof(InvalidOperationException)]);
        Assert.Equal(50, s.FailPercent);
    }

    [Fact(DisplayName = "Sub-steps are measured separately from the iteration")]
    public void SubStepsMeasured()
    {
        var scenario = Scenario.Create("flow", async ctx =>
        {
            await ctx.Step("login", async () => { await ctx.Delay(TimeSpan.FromMilliseconds(2)); return StepResult.Ok(); });
            var pay = await ctx.Step("pay", async () =>
            {
                await ctx.Delay(TimeSpan.FromMilliseconds(8));
                return ctx.IterationNumber % 10 == 0 ? StepResult.Fail("declined") : StepResult.Ok();
            });
            return pay;
        }).WithLoadSimulations(LoadSimulation.IterationsForInject(50, Second, 100));
        var s = Run(scenario).Scenarios[0];
        var login = s.Steps.Single(x => x.Name == "login");
        var pay = s.Steps.Single(x => x.Name == "pay");
        Assert.Equal(100, login.Ok);
        Assert.Equal(90, pay.Ok);
        Assert.Equal(10, pay.FailuresByReason["declined"]);
        Assert.InRange(login.ServiceTime.P99Ms, 1.99, 2.01);
        Assert.InRange(pay.ServiceTime.P50Ms, 7.99, 8.01);
        Assert.InRange(s.ServiceTime.P50Ms, 9.99, 10.01);
    }

    [Fact(DisplayName = "Each reporting interval gets its own row with its own percentiles")]
    public void IntervalsAreSeparate()
    {
        var scenario = Scenario.Create("s", async ctx =>
        {
            await ctx.Delay(TimeSpan.FromMilliseconds(ctx.IterationNumber < 100 ? 1 : 50));
            return StepResult.Ok();
        }).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(3)));
        var s = Run(scenario).Scenarios[0];
        Assert.InRange(s.Intervals[0].LatencyP99Ms, 0.99, 1.01);
        Assert.InRange(s.Intervals[1].LatencyP50Ms, 49.9, 50.1);
        Assert.Equal(100, s.Intervals[0].Offered);
    }
}
