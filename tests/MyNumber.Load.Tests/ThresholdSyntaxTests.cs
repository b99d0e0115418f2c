using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public class ThresholdSyntaxTests
{
    private static readonly string[] Scenarios = ["clinic", "checkout, fast"];

    [Fact(DisplayName = "The compact form gives one threshold per clause, with metric, operator, limit and unit applied")]
    public void ParsesClauses()
    {
        var t = ThresholdSyntax.Parse("p99<50ms; errors<0.1%; rps>1000; p99.9<=2s; service.median<800us; dropped<=0; ok>=10; max<1s", "clinic");
        Assert.Equal(8, t.Count);
        Assert.All(t, x => Assert.Equal("clinic", x.Scenario));
        Assert.Equal((ThresholdMetric.Latency, ThresholdOperator.LessThan, 50.0, 99.0, LatencyOutcome.Ok), (t[0].Metric, t[0].Operator, t[0].Limit, t[0].Percentile, t[0].Outcome));
        Assert.Equal((ThresholdMetric.FailPercent, 0.1), (t[1].Metric, t[1].Limit));
        Assert.Equal((ThresholdMetric.AchievedRate, ThresholdOperator.GreaterThan, 1000.0), (t[2].Metric, t[2].Operator, t[2].Limit));
        Assert.Equal((ThresholdOperator.LessOrEqual, 2000.0, 99.9), (t[3].Operator, t[3].Limit, t[3].Percentile));
        Assert.Equal((ThresholdMetric.ServiceTime, 0.8, 50.0), (t[4].Metric, t[4].Limit, t[4].Percentile));
        Assert.Equal((ThresholdMetric.DroppedCount, 0.0), (t[5].Metric, t[5].Limit));
        Assert.Equal((ThresholdMetric.OkCount, ThresholdOperator.GreaterOrEqual), (t[6].Metric, t[6].Operator));
        Assert.Equal((ThresholdMetric.Latency, 100.0, 1000.0), (t[7].Metric, t[7].Percentile, t[7].Limit));
    }

    [Fact(DisplayName = "Targets name a scenario or scenario.step; a bare unknown target is a step of the default scenario")]
    public void ResolvesTargets()
    {
        var t = ThresholdSyntax.Parse("clinic.verify:p99<20ms; checkout, fast:errors<1; verify.face:p50<5ms; clinic:lag.p99<1ms", "clinic", Scenarios);
        Assert.Equal(("clinic", "verify"), (t[0].Scenario, t[0].Step));
        Assert.Equal(("checkout, fast", (string?)null), (t[1].Scenario, t[1].Step));
        Assert.Equal(("clinic", "verify.face"), (t[2].Scenario, t[2].Step));
        Assert.Equal((ThresholdMetric.SchedulingLag, (string?)null), (t[3].Metric, t[3].Step));
        var unknown = Assert.Throws<FormatException>(() => ThresholdSyntax.Parse("nope:p99<1ms", null, Scenarios));
        Assert.Equal("threshold clause 1 \"nope:p99<1ms\": no scenario named 'nope' (the run has: clinic, checkout, fast)", unknown.Message);
        Assert.Equal(("a", "b.c"), (ThresholdSyntax.Parse("a.b.c:ok>1")[0].Scenario, ThresholdSyntax.Parse("a.b.c:ok>1")[0].Step));
    }

    [Fact(DisplayName = "Outcome prefixes pick failed or all iterations; abort and after= set the runtime options")]
    public void OutcomesAndOptions()
    {
        var t = ThresholdSyntax.Parse("fail.p99<100ms; all.service.p95<=3ms,abort,after=10s; ok.p90<2ms", "s");
        Assert.Equal(LatencyOutcome.Failed, t[0].Outcome);
        Assert.Equal((LatencyOutcome.All, ThresholdMetric.ServiceTime, true, TimeSpan.FromSeconds(10)), (t[1].Outcome, t[1].Metric, t[1].AbortOnFail, t[1].StartCheckAfter));
        Assert.Equal(LatencyOutcome.Ok, t[2].Outcome);
        Assert.Equal("s: Latency p99 of failed (ms) < 100", t[0].ToString());
    }

    [Theory(DisplayName = "Every error names the clause and what is wrong with it")]
    [InlineData("p99<5ms;p99<5", "threshold clause 2 \"p99<5\": latency needs a unit: us, ms or s, e.g. p99<5ms")]
    [InlineData("p99 5ms", "threshold clause 1 \"p99 5ms\": no comparison in 'p99 5ms': write <, <=, > or >=, e.g. p99<5ms")]
    [InlineData("latency<5ms", "threshold clause 1 \"latency<5ms\": unknown metric 'latency'")]
    [InlineData("errors<0.1ms", "threshold clause 1 \"errors<0.1ms\": errors take a percentage or a count")]
    [InlineData("errors<120%", "threshold clause 1 \"errors<120%\": 120% is above 100%")]
    [InlineData("p101<5ms", "threshold clause 1 \"p101<5ms\": percentile 101 is above 100")]
    [InlineData("p99<5ms,stop", "threshold clause 1 \"p99<5ms,stop\": unknown option 'stop'")]
    [InlineData("p99<5ms,after=soon", "threshold clause 1 \"p99<5ms,after=soon\": after: 'soon' is not a duration")]
    [InlineData("s.pay:dropped<1%", "threshold clause 1 \"s.pay:dropped<1%\": dropped is measured per scenario, not per step")]
    [InlineData("fail.lag.p99<1ms", "threshold clause 1 \"fail.lag.p99<1ms\": the scheduling lag is measured before the outcome is known")]
    [InlineData("p99<<5ms", "threshold clause 1 \"p99<<5ms\": 'p99<<5ms' is not metric, comparison and number")]
    [InlineData(" ; ", "empty thresholds")]
    public void ClearErrors(string text, string start)
    {
        var error = Assert.Throws<FormatException>(() => ThresholdSyntax.Parse(text, "s"));
        Assert.StartsWith(start, error.Message, StringComparison.Ordinal);
        Assert.False(ThresholdSyntax.TryParse(text, "s", null, out _, out var message));
        Assert.Equal(error.Message, message);
    }

    [Fact(DisplayName = "Without a default scenario a clause must name one when the run has several")]
    public void NeedsScenario()
    {
        var error = Assert.Throws<FormatException>(() => ThresholdSyntax.Parse("p99<5ms", null, Scenarios));
        Assert.Contains("name the scenario", error.Message, StringComparison.Ordinal);
        Assert.Equal("only", ThresholdSyntax.Parse("p99<5ms", null, ["only"])[0].Scenario);
    }

    [Fact(DisplayName = "Parsed thresholds are checked by the engine like hand-built ones")]
    public void ParsedThresholdsRun()
    {
        var scenario = Taking("s", 10).WithLoadSimulations(LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)));
        var report = Run([scenario], [.. ThresholdSyntax.Parse("p99<11ms;p50<9ms;rps>=99;errors<=0", "s")]);
        Assert.Equal([true, false, true, true], report.Thresholds.Select(r => r.Passed));
        Assert.Equal(RunExitCode.ThresholdsFailed, report.ExitCode);
    }
}
