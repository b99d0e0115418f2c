using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Tests;

public sealed class AnnotationTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-annotations-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    /// <summary>
    /// 10 s at 20/s on a virtual clock: a planned window given to the runner, an outage the steps open at
    /// iteration 60 (3 s) and close at iteration 120 (6 s), a kill marked at iteration 160 (8 s), and a
    /// window opened at 9 s that nobody closes.
    /// </summary>
    internal static RunReport AnnotatedReport()
    {
        var scenario = Scenario.Create("kiosk, rush", async ctx =>
        {
            switch (ctx.IterationNumber)
            {
                case 60: ctx.Annotations.Begin("storage-outage", "injected"); break;
                case 120: ctx.Annotations.End("storage-outage", "injected, 12 errors | while in force"); break;
                case 160: ctx.Annotations.Mark("silo-kill silo-2"); break;
                case 180: ctx.Annotations.Begin("slow-kiosk-centre"); break;
            }
            await ctx.Delay(TimeSpan.FromMilliseconds(5));
            return StepResult.Ok();
        }).WithLoadSimulations(LoadSimulation.Inject(20, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)));
        return LoadRunner.Create(scenario).WithClock(new VirtualLoadClock())
            .WithAnnotations(new RunAnnotation("planned maintenance", 1, 2, "announced"))
            .RunAsync().WaitAsync(TimeSpan.FromSeconds(30)).GetAwaiter().GetResult();
    }

    [Fact(DisplayName = "Annotations given to the runner and stamped by steps land on the intervals' time axis, in start order")]
    public void StampedWhenTheyHappen()
    {
        var report = AnnotatedReport();
        Assert.Equal(["planned maintenance", "storage-outage", "silo-kill silo-2", "slow-kiosk-centre"], report.Annotations.Select(a => a.Label));
        var outage = report.Annotations[1];
        Assert.Equal((3.0, 6.0), (outage.StartSeconds, outage.EndSeconds), new ToleranceComparer(0.01));
        Assert.Equal("injected, 12 errors | while in force", outage.Detail);
        var kill = report.Annotations[2];
        Assert.True(kill.IsInstant());
        Assert.Equal(8.0, kill.StartSeconds, 0.01);
        var open = report.Annotations[3];
        Assert.Equal(report.DurationSeconds, open.EndSeconds, 0.001);
        Assert.False(report.Annotations[0].IsInstant());
    }

    [Fact(DisplayName = "Annotations are in the JSON (schema version unchanged), a Markdown table and annotations.csv")]
    public void WrittenInEveryFormat()
    {
        var report = AnnotatedReport();
        ReportWriter.WriteAll(report, directory);
        string json = File.ReadAllText(Path.Combine(directory, "report.json"));
        Assert.Contains("\"annotations\": [", json, StringComparison.Ordinal);
        var parsed = JsonReportFormat.Parse(json);
        Assert.Equal(RunReport.CurrentSchemaVersion, parsed.SchemaVersion);
        Assert.Equal(report.Annotations, parsed.Annotations);

        string md = File.ReadAllText(Path.Combine(directory, "report.md"));
        Assert.Contains("## Annotations", md, StringComparison.Ordinal);
        Assert.Contains("| storage-outage | 3 | 6 | injected, 12 errors \\| while in force |", md, StringComparison.Ordinal);
        Assert.Contains("| silo-kill silo-2 | 8 | instant |  |", md, StringComparison.Ordinal);

        var csv = File.ReadAllLines(Path.Combine(directory, "annotations.csv"));
        Assert.Equal("label,start_s,end_s,detail", csv[0]);
        Assert.Equal(report.Annotations.Count + 1, csv.Length);
        Assert.Contains("storage-outage,3,6,injected, 12 errors | while in force", csv[2].Replace("\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("storage-outage,3,6,\"", csv[2], StringComparison.Ordinal);

        Assert.Contains("id=\"annotations\"", File.ReadAllText(Path.Combine(directory, "report.html")), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A run without annotations writes none: an empty list in JSON, no Markdown section, no annotations.csv")]
    public void NoneWhenNothingHappened()
    {
        var report = VirtualRun.Run(VirtualRun.Taking("quiet", 1).WithLoadSimulations(LoadSimulation.Inject(10, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2))));
        Assert.Empty(report.Annotations);
        ReportWriter.WriteAll(report, directory);
        Assert.DoesNotContain("## Annotations", File.ReadAllText(Path.Combine(directory, "report.md")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(directory, "annotations.csv")));
        Assert.Contains("\"annotations\": []", File.ReadAllText(Path.Combine(directory, "report.json")), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Annotation misuse is refused: an end before the start, ending a window never begun, stamping before the run")]
    public void MisuseRefused()
    {
        Assert.Throws<ArgumentException>(() => LoadRunner.Create(VirtualRun.Taking("x", 1)).WithAnnotations(new RunAnnotation("backwards", 5, 4)));
        Assert.Throws<ArgumentException>(() => LoadRunner.Create(VirtualRun.Taking("x", 1)).WithAnnotations(new RunAnnotation(" ", 1, 1)));
        var sink = new RunAnnotations();
        Assert.Throws<InvalidOperationException>(() => sink.Mark("too early"));
        var scenario = Scenario.Create("ends-unknown", ctx =>
        {
            ctx.Annotations.End("never begun");
            return ValueTask.FromResult(StepResult.Ok());
        }).WithLoadSimulations(LoadSimulation.Inject(1, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)));
        var report = VirtualRun.Run(scenario);
        Assert.Equal(1, report.Scenarios[0].FailuresByReason["InvalidOperationException"]);
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<(double, double)>
    {
        public bool Equals((double, double) x, (double, double) y) => Math.Abs(x.Item1 - y.Item1) <= tolerance && Math.Abs(x.Item2 - y.Item2) <= tolerance;

        public int GetHashCode((double, double) obj) => 0;
    }
}
