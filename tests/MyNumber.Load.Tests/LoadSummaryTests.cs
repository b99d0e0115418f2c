using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public sealed class LoadSummaryTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-summary-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    /// <summary>A day as a scenario file expands it: 15-minute slices, quiet ones as pauses.</summary>
    private static LoadSimulation[] Day()
    {
        var slice = TimeSpan.FromMinutes(15);
        return [.. Enumerable.Range(0, 96).Select(i => i % 16 == 15
            ? LoadSimulation.Pause(slice)
            : LoadSimulation.Inject(i == 1 ? 11_070 : 432_000, slice, slice))];
    }

    [Fact(DisplayName = "A long chain of phases is summarised as counts, ranges and total time")]
    public void SummarisesLongChain() =>
        Assert.Equal("Inject ×90, 12.3–480/s; Pause ×6; over 24 h", LoadSimulationSummary.Describe(Day()));

    [Fact(DisplayName = "A short chain is listed in full, and closed and count-limited phases are summarised too")]
    public void ShortAndClosedChains()
    {
        var short2 = new[] { LoadSimulation.RampingInject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(4)), LoadSimulation.Inject(100, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(6)) };
        Assert.Equal(string.Join("; ", short2.Select(s => s.ToString())), LoadSimulationSummary.Describe(short2));
        var closed = Enumerable.Range(1, 5).Select(i => LoadSimulation.KeepConstant(i * 2, TimeSpan.FromSeconds(30)))
            .Append(LoadSimulation.IterationsForConstant(4, 1000)).ToArray();
        Assert.Equal("KeepConstant ×5, 2–10 copies; IterationsForConstant ×1, 4 copies; over 2.5 min plus count-limited phases", LoadSimulationSummary.Describe(closed));
    }

    [Fact(DisplayName = "The HTML load column shows the summary with the full list behind a disclosure; Markdown shows the summary")]
    public void ReportsSummarise()
    {
        var phases = Enumerable.Range(1, 8).Select(i => LoadSimulation.Inject(i * 10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1))).ToArray();
        var report = Run(Taking("s", 1).WithLoadSimulations(phases));
        Assert.Equal("Inject ×8, 10–80/s; over 8 s", report.Scenarios[0].LoadSummary);
        ReportWriter.WriteAll(report, directory);
        string html = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(directory, "report.html")));
        Assert.Contains("<td>Inject ×8, 10–80/s; over 8 s<details><summary>all 8 phases</summary><ol><li>Inject 10/00:00:01 for 00:00:01</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("</li>; ", html, StringComparison.Ordinal);
        Assert.Contains("| s | Inject ×8, 10–80/s; over 8 s |", File.ReadAllText(Path.Combine(directory, "report.md")), StringComparison.Ordinal);
    }
}
