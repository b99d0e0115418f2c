using System.Text.RegularExpressions;
using MyNumber.Load.Reports;

namespace MyNumber.Load.Tests;

public sealed partial class HtmlRenderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-html-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    [ChromiumFact(DisplayName = "The HTML report renders in headless Chromium and its charts draw")]
    public void ChartsDrawInChromium()
    {
        string page = ReportWriter.WriteAll(ReportTests.SampleReport(), directory).Single(p => p.EndsWith(".html", StringComparison.Ordinal));

        // After the scripts ran: one rate, latency-over-time and distribution chart per scenario, plus the outcome mix.
        string dom = Chromium.Run(page, "--dump-dom");
        Assert.True(dom.Contains("data-charts-drawn=\"4\"", StringComparison.Ordinal), "the charts did not draw; the page after scripts: " + dom[^Math.Min(dom.Length, 1500)..]);
        Assert.Equal(4, ChartSvg().Matches(dom).Count);
        Assert.True(SeriesPath().Matches(dom).Count >= 2 + 5 + 2, "expected the line series to be drawn as paths");
        Assert.Contains("class=\"bar\"", dom, StringComparison.Ordinal);

        string png = Path.Combine(directory, "report.png");
        Chromium.Run(page, "--screenshot=" + png);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 30_000, $"the screenshot is only {bytes.Length} bytes: the page looks blank");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [GeneratedRegex("<svg[^>]*class=\"chart\"")]
    private static partial Regex ChartSvg();

    [GeneratedRegex("<path d=\"M[0-9.]+ [0-9.]+ L[^\"]*\" class=\"series\"")]
    private static partial Regex SeriesPath();
}
