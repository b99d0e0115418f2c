using MyNumber.Load.Simulations;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public class SimulationRateTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact(DisplayName = "Inject delivers the asked rate: 100/s for 10 s offers and completes 1,000")]
    public void InjectDeliversRate()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(10)))).Scenarios[0];
        WithinOnePercent(1000, s.Offered);
        WithinOnePercent(1000, s.Completed);
        WithinOnePercent(100, s.OfferedRate);
        WithinOnePercent(100, s.AchievedRate);
        Assert.Equal(0, s.Dropped);
    }

    [Fact(DisplayName = "Inject honours fractional rates: 1 per 10 s for 100 s offers 10")]
    public void InjectFractionalRate()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(LoadSimulation.Inject(1, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(100)))).Scenarios[0];
        Assert.Equal(10, s.Offered);
    }

    [Fact(DisplayName = "RampingInject ramps linearly from the previous rate: 50→150/s over 10 s offers 1,000")]
    public void RampingInjectDeliversIntegral()
    {
        var s = Run(Taking("s", 5).WithLoadSimulations(
            LoadSimulation.Inject(50, Second, TimeSpan.FromSeconds(5)),
            LoadSimulation.RampingInject(150, Second, TimeSpan.FromSeconds(10)))).Scenarios[0];
        WithinOnePercent(250 + 1000, s.Offered);
        WithinOnePercent(250 + 1000, s.Completed);
        var late = s.Intervals.Where(i => i.StartSeconds >= 14 && i.EndSeconds <= 15).Single();
        Assert.InRange(late.OfferedRate, 140, 150);
    }

    [Fact(DisplayName = "RampingInject from nothing to 200/s over 10 s offers 1,000")]
    public void RampingInjectFromZero()
    {
        var s = Run(Taking("s", 5).WithLoadSimulations(LoadSimulation.RampingInject(200, Second, TimeSpan.FromSeconds(10)))).Scenarios[0];
        WithinOnePercent(1000, s.Offered);
    }

    [Fact(DisplayName = "IterationsForInject offers exactly the asked iterations at the asked rate")]
    public void IterationsForInjectExact()
    {
        var s = Run(Taking("s", 5).WithLoadSimulations(LoadSimulation.IterationsForInject(200, Second, 1000))).Scenarios[0];
        Assert.Equal(1000, s.Offered);
        Assert.Equal(1000, s.Completed);
        WithinOnePercent(200, s.OfferedRate);
    }

    [Fact(DisplayName = "KeepConstant keeps the asked copies busy: 10 copies × 10 ms steps for 10 s complete 10,000")]
    public void KeepConstantDeliversConcurrency()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(LoadSimulation.KeepConstant(10, TimeSpan.FromSeconds(10)))).Scenarios[0];
        WithinOnePercent(10_000, s.Completed);
        Assert.Equal(10, s.MaxInFlight);
    }

    [Fact(DisplayName = "RampingConstant ramps copies linearly: 0→20 copies over 10 s complete 10,000 10-ms steps")]
    public void RampingConstantDeliversIntegral()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(LoadSimulation.RampingConstant(20, TimeSpan.FromSeconds(10)))).Scenarios[0];
        WithinOnePercent(10_000, s.Completed);
        Assert.Equal(20, s.MaxInFlight);
    }

    [Fact(DisplayName = "IterationsForConstant runs exactly the asked iterations across its copies")]
    public void IterationsForConstantExact()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(LoadSimulation.IterationsForConstant(5, 1000))).Scenarios[0];
        Assert.Equal(1000, s.Completed);
        WithinOnePercent(2.0, s.DurationSeconds);
    }

    [Fact(DisplayName = "Pause offers nothing for its duration and the next segment starts after it")]
    public void PauseOffersNothing()
    {
        var s = Run(Taking("s", 10).WithLoadSimulations(
            LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(5)),
            LoadSimulation.Pause(TimeSpan.FromSeconds(5)),
            LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(5)))).Scenarios[0];
        Assert.Equal(1000, s.Offered);
        Assert.All(s.Intervals.Where(i => i.StartSeconds >= 5.5 && i.EndSeconds <= 10), i => Assert.Equal(0, i.Offered));
        Assert.Equal(100, s.Intervals.Single(i => i.StartSeconds >= 10 && i.EndSeconds <= 11).Offered);
        WithinOnePercent(15, s.DurationSeconds);
    }

    [Fact(DisplayName = "Several scenarios run together, each at its own rate")]
    public void SeveralScenarios()
    {
        var report = Run(
            Taking("a", 5).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(10))),
            Taking("b", 5).WithLoadSimulations(LoadSimulation.Inject(30, Second, TimeSpan.FromSeconds(10))));
        WithinOnePercent(1000, report.Scenarios.Single(s => s.Name == "a").Completed);
        WithinOnePercent(300, report.Scenarios.Single(s => s.Name == "b").Completed);
    }

    [Fact(DisplayName = "Warm-up runs first and its measurements are discarded")]
    public void WarmUpDiscarded()
    {
        long calls = 0;
        var scenario = Scenario.Create("s", async ctx =>
        {
            Interlocked.Increment(ref calls);
            await ctx.Delay(TimeSpan.FromMilliseconds(5));
            return StepResult.Ok();
        }).WithWarmUp(TimeSpan.FromSeconds(3)).WithLoadSimulations(LoadSimulation.Inject(100, Second, TimeSpan.FromSeconds(10)));
        var s = Run(scenario).Scenarios[0];
        Assert.Equal(1000, s.Offered);
        Assert.Equal(1300, calls);
    }
}
