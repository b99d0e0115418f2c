using System.Xml.Linq;
using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using MyNumber.Load.Timing;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-report-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    /// <summary>A run with steps, failures, drops, a passing and a failing threshold.</summary>
    internal static RunReport SampleReport(bool invalid = false)
    {
        var clock = new VirtualLoadClock();
        var scenario = Scenario.Create("checkout, fast", async ctx =>
        {
            if (invalid) clock.Advance(TimeSpan.FromMilliseconds(30));
            await ctx.Step("login", async () => { await ctx.Delay(TimeSpan.FromMilliseconds(3)); return StepResult.Ok(); });
            await ctx.Delay(TimeSpan.FromMilliseconds(ctx.IterationNumber == 300 ? 1500 : 7));
            return ctx.IterationNumber % 10 == 0 ? StepResult.Fail("card <locked>") : StepResult.Ok();
        }).WithConcurrency(ConcurrencyLimit.Queue(4, 50)).WithLoadSimulations(
            LoadSimulation.RampingInject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)),
            LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6)));
        return Run([scenario],
        [
            new Threshold("checkout, fast", ThresholdMetric.FailPercent, ThresholdOperator.LessThan, 20),
            new Threshold("checkout, fast", ThresholdMetric.Latency, ThresholdOperator.LessThan, 5) { Percentile = 99 },
        ], clock);
    }

    [Fact(DisplayName = "All report formats are written, and JSON round-trips the report")]
    public void WritesAllFormats()
    {
        var report = SampleReport();
        var paths = ReportWriter.WriteAll(report, directory);
        Assert.Equal(["report.json", "report.md", "report.html", "summary.csv", "intervals.csv", "thresholds.junit.xml"], paths.Select(Path.GetFileName));
        var parsed = JsonReportFormat.Parse(File.ReadAllText(Path.Combine(directory, "report.json")));
        Assert.Equal(report.RunId, parsed.RunId);
        Assert.Equal(report.Scenarios[0].Latency.P99Ms, parsed.Scenarios[0].Latency.P99Ms);
        Assert.Equal(report.Scenarios[0].Intervals.Count, parsed.Scenarios[0].Intervals.Count);
        Assert.Equal(RunReport.CurrentSchemaVersion, parsed.SchemaVersion);
    }

    [Fact(DisplayName = "Markdown shows every percentile column, the failed threshold and the exit code")]
    public void MarkdownContents()
    {
        var report = SampleReport();
        string md = ReportWriter.ToMarkdown(report);
        Assert.Contains("| p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |", md, StringComparison.Ordinal);
        Assert.Contains("**FAILED**", md, StringComparison.Ordinal);
        Assert.Contains($"exit code **{RunExitCode.ThresholdsFailed}**", md, StringComparison.Ordinal);
        Assert.Contains("failed `card <locked>`: 80", md, StringComparison.Ordinal);
        Assert.DoesNotContain("INVALID", md, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "An invalid run says INVALID in every report format")]
    public void InvalidInEveryFormat()
    {
        var report = SampleReport(invalid: true);
        Assert.False(report.Generator.IsValid);
        ReportWriter.WriteAll(report, directory);
        Assert.Contains("INVALID RUN", File.ReadAllText(Path.Combine(directory, "report.md")), StringComparison.Ordinal);
        Assert.Contains("INVALID RUN", File.ReadAllText(Path.Combine(directory, "report.html")), StringComparison.Ordinal);
        Assert.Contains("INVALID RUN", File.ReadAllText(Path.Combine(directory, "thresholds.junit.xml")), StringComparison.Ordinal);
        Assert.Contains("\"isValid\": false", File.ReadAllText(Path.Combine(directory, "report.json")), StringComparison.Ordinal);
        Assert.StartsWith("false,", File.ReadAllLines(Path.Combine(directory, "summary.csv"))[1], StringComparison.Ordinal);
    }

    [Fact(DisplayName = "CSV has a row per scenario and step, and a row per interval, quoting names with commas")]
    public void CsvContents()
    {
        var report = SampleReport();
        ReportWriter.WriteAll(report, directory);
        var summary = File.ReadAllLines(Path.Combine(directory, "summary.csv"));
        Assert.Equal(3, summary.Length);
        Assert.StartsWith("true,\"checkout, fast\",,", summary[1], StringComparison.Ordinal);
        Assert.StartsWith("true,\"checkout, fast\",login,", summary[2], StringComparison.Ordinal);
        var intervals = File.ReadAllLines(Path.Combine(directory, "intervals.csv"));
        Assert.Equal(report.Scenarios[0].Intervals.Count + 1, intervals.Length);
    }

    [Fact(DisplayName = "JUnit XML has one test case per threshold plus the generator check, failures marked")]
    public void JUnitContents()
    {
        var report = SampleReport();
        ReportWriter.WriteAll(report, directory);
        var suite = XDocument.Load(Path.Combine(directory, "thresholds.junit.xml")).Root!.Element("testsuite")!;
        Assert.Equal("3", suite.Attribute("tests")!.Value);
        Assert.Equal("1", suite.Attribute("failures")!.Value);
        var failed = suite.Elements("testcase").Single(e => e.Element("failure") is not null);
        Assert.Contains("Latency p99", failed.Attribute("name")!.Value, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "The verdict line says PASS, FAIL or INVALID with the exit code run uses")]
    public void VerdictLine()
    {
        var failed = SampleReport();
        Assert.Equal(RunExitCode.ThresholdsFailed, RunVerdict.ExitCode(failed));
        Assert.StartsWith("VERDICT: FAIL — ", RunVerdict.Line(failed, "r.html"), StringComparison.Ordinal);
        Assert.Contains("1 threshold breach — breached: checkout, fast: Latency p99 (ms) < 5 (was ", RunVerdict.Line(failed, "r.html"), StringComparison.Ordinal);
        Assert.EndsWith("; report: r.html", RunVerdict.Line(failed, "r.html"), StringComparison.Ordinal);
        var invalid = SampleReport(invalid: true);
        Assert.Equal(RunExitCode.InvalidRun, RunVerdict.ExitCode(invalid));
        Assert.StartsWith("VERDICT: INVALID — ", RunVerdict.Line(invalid, "r.html"), StringComparison.Ordinal);
        Assert.Contains("invalid: generator fell behind", RunVerdict.Line(invalid, "r.html"), StringComparison.Ordinal);
        var passed = failed with { Thresholds = [.. failed.Thresholds.Where(t => t.Passed)] };
        Assert.Equal((RunExitCode.Passed, "PASS"), (RunVerdict.ExitCode(passed), RunVerdict.Kind(passed)));
        var cutShort = passed with { Aborted = true, AbortReason = "cancelled by the caller" };
        Assert.Contains("INVALID — ", RunVerdict.Line(cutShort, "r.html"), StringComparison.Ordinal);
        Assert.Contains("run cut short: cancelled by the caller", RunVerdict.Line(cutShort, "r.html"), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "HTML is self-contained: inline script and data, no external resource, names escaped")]
    public void HtmlSelfContained()
    {
        string html = File.ReadAllText(ReportWriter.WriteAll(SampleReport(), directory).Single(p => p.EndsWith(".html", StringComparison.Ordinal)));
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("card <locked>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"run-data\"", html, StringComparison.Ordinal);
    }
}
