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

    [ChromiumFact(DisplayName = "An annotated report shades its windows and lines its instants on the rate and latency charts over time")]
    public void AnnotationBandsDrawInChromium()
    {
        var report = AnnotationTests.AnnotatedReport();
        string page = ReportWriter.WriteAll(report, directory).Single(p => p.EndsWith(".html", StringComparison.Ordinal));

        string dom = Chromium.Run(page, "--dump-dom");
        // Two charts over run time (offered/achieved rate, latency over time) each carry every annotation.
        Assert.True(dom.Contains($"data-annotations-drawn=\"{2 * report.Annotations.Count}\"", StringComparison.Ordinal),
            "the annotations were not drawn; the page after scripts: " + dom[^Math.Min(dom.Length, 1500)..]);
        Assert.Equal(2 * report.Annotations.Count(a => !a.IsInstant()), Band().Matches(dom).Count);
        Assert.Equal(2, dom.Split("class=\"annotation-line\"").Length - 1);
        Assert.Equal(2, dom.Split(">storage-outage</text>").Length - 1);
        // The 3–6 s outage of a 10 s run covers roughly 30 % of the plot's width, not a sliver or all of it.
        var outage = Band().Matches(dom).Select(m => double.Parse(m.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(outage, w => w > 150 && w < 190);

        string png = Path.Combine(directory, "annotated.png");
        Chromium.Run(page, "--screenshot=" + png);
        Assert.True(File.ReadAllBytes(png).Length > 30_000, "the annotated page's screenshot looks blank");
    }

    [GeneratedRegex("<rect x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"(?<w>[0-9.]+)\" height=\"[0-9.]+\" class=\"annotation-band\"")]
    private static partial Regex Band();

    [GeneratedRegex("<svg[^>]*class=\"chart\"")]
    private static partial Regex ChartSvg();

    [GeneratedRegex("<path d=\"M[0-9.]+ [0-9.]+ L[^\"]*\" class=\"series\"")]
    private static partial Regex SeriesPath();
}
