using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public class ThresholdTests
{
    private static Scenario TenMs() =>
        Taking("s", 10).WithLoadSimulations(LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)));

    [Fact(DisplayName = "A met threshold passes and the exit code is 0")]
    public void MetThresholdPasses()
    {
        var report = Run([TenMs()], [new Threshold("s", ThresholdMetric.Latency, ThresholdOperator.LessThan, 11) { Percentile = 99.9 }]);
        Assert.True(report.Thresholds.Single().Passed);
        Assert.InRange(report.Thresholds.Single().Actual!.Value, 9.9, 10.1);
        Assert.Equal(RunExitCode.Passed, report.ExitCode);
    }

    [Fact(DisplayName = "A failed threshold fails the run with exit code 99, and the run still completes")]
    public void FailedThresholdSetsExitCode()
    {
        var report = Run([TenMs()], [new Threshold("s", ThresholdMetric.Latency, ThresholdOperator.LessThan, 5)]);
        var result = report.Thresholds.Single();
        Assert.False(result.Passed);
        Assert.False(result.AbortedRun);
        Assert.Equal(1, result.FirstFailedAtSeconds);
        Assert.Equal(RunExitCode.ThresholdsFailed, report.ExitCode);
        Assert.Equal(1000, report.Scenarios[0].Offered);
    }

    [Fact(DisplayName = "A threshold with abort-on-fail stops the run after its start-check delay")]
    public void AbortOnFailStopsRun()
    {
        var t = new Threshold("s", ThresholdMetric.AchievedRate, ThresholdOperator.GreaterOrEqual, 1000)
        {
            AbortOnFail = true,
            StartCheckAfter = TimeSpan.FromSeconds(3),
        };
        var report = Run([TenMs()], [t]);
        Assert.True(report.Aborted);
        Assert.Contains("AchievedRate", report.AbortReason, StringComparison.Ordinal);
        Assert.True(report.Thresholds.Single().AbortedRun);
        Assert.Equal(3, report.Thresholds.Single().FirstFailedAtSeconds);
        Assert.Equal(300, report.Scenarios[0].Offered);
        Assert.Equal(RunExitCode.ThresholdsFailed, report.ExitCode);
    }

    [Fact(DisplayName = "Thresholds apply to steps and to counts: a step's fail percent is checked")]
    public void StepThreshold()
    {
        var scenario = Scenario.Create("s", ctx => ctx.Step("pay", () =>
                ValueTask.FromResult(ctx.IterationNumber % 5 == 0 ? StepResult.Fail("declined") : StepResult.Ok())))
            .WithLoadSimulations(LoadSimulation.IterationsForInject(100, TimeSpan.FromSeconds(1), 100));
        var report = Run([scenario],
        [
            new Threshold("s", ThresholdMetric.FailPercent, ThresholdOperator.LessOrEqual, 10) { Step = "pay" },
            new Threshold("s", ThresholdMetric.DroppedCount, ThresholdOperator.LessOrEqual, 0),
            new Threshold("s", ThresholdMetric.FailCount, ThresholdOperator.LessOrEqual, 20) { Step = "missing" },
        ]);
        Assert.False(report.Thresholds[0].Passed);
        Assert.Equal(20, report.Thresholds[0].Actual);
        Assert.True(report.Thresholds[1].Passed);
        Assert.False(report.Thresholds[2].Passed);
        Assert.Contains("never ran", report.Thresholds[2].Problem, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Configuration is validated before the run, with every problem in one clear message")]
    public void ValidationBeforeRun()
    {
        var bad = Taking("s", 1).WithLoadSimulations(
            LoadSimulation.Inject(-5, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)),
            LoadSimulation.KeepConstant(3, TimeSpan.Zero),
            LoadSimulation.IterationsForConstant(0, 10));
        // Thrown synchronously by RunAsync, before a thread or a task exists.
        var error = Assert.Throws<LoadConfigurationException>(() =>
        {
            _ = LoadRunner.Create(bad, Taking("s", 1)).WithThresholds(new Threshold("nope", ThresholdMetric.FailCount, ThresholdOperator.LessThan, 1)).RunAsync();
        });
        Assert.Contains("rate must be a finite number ≥ 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("during must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("copies must be positive", error.Message, StringComparison.Ordinal);
        Assert.Contains("scenario name 's' is used 2 times", error.Message, StringComparison.Ordinal);
        Assert.Contains("no scenario named 'nope'", error.Message, StringComparison.Ordinal);
        Assert.Throws<LoadConfigurationException>(() => { _ = LoadRunner.Create(Taking("empty", 1)).RunAsync(); });
    }
}
