using MyNumber.Load.Reports;
using MyNumber.Load.Synthetic;
using static MyNumber.Load.Tests.VirtualRun;

namespace MyNumber.Load.Tests;

public sealed class SyntheticTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "load-synthetic-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    [Fact(DisplayName = "The synthetic scenario is repeatable: same seed, same failures and latencies")]
    public void SyntheticRepeatable()
    {
        var a = Run(SyntheticScenario.AtRate("s", 200, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10), 0.1, seed: 7)).Scenarios[0];
        var b = Run(SyntheticScenario.AtRate("s", 200, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(10), 0.1, seed: 7)).Scenarios[0];
        Assert.Equal(a.Failed, b.Failed);
        Assert.Equal(a.Latency.P99Ms, b.Latency.P99Ms);
        Assert.InRange(a.Failed, 70, 130);
        Assert.InRange(a.ServiceTime.P50Ms, 9, 11);
        Assert.InRange(a.ServiceTime.MaxMs, 14.5, 15.01);
    }

    [Fact(DisplayName = "A synthetic run in real time writes every report format and prints plain progress lines")]
    public async Task SyntheticRealTimeRun()
    {
        var report = await SyntheticRun.RunAsync(200, TimeSpan.FromSeconds(1.5), TimeSpan.FromMilliseconds(2), 0, directory);
        var s = report.Scenarios[0];
        Assert.InRange(s.Offered, 299, 301);
        Assert.Equal(s.Offered, s.Completed);
        Assert.Equal(6, Directory.GetFiles(directory).Length);
        Assert.NotNull(report.Generator.ProcessCpuPercent);
    }

    [Fact(DisplayName = "The plain console line carries phase, progress, rates, p99 and counts")]
    public void PlainConsoleLine()
    {
        var interval = new IntervalReport(1, 2, 100, 100, 98, 97, 1, 2, 3, 100, 98, 1, 2, 3.25, 4, 2.5);
        var progress = new RunProgress("measured", 2, 10, new Dictionary<string, IntervalReport> { ["s"] = interval });
        Assert.Equal("[measured 2.0/10.0 s] s: offered 100/s achieved 98/s p99 3.25 ms in-flight 3 failed 1 dropped 2",
            ConsoleRunObserver.PlainLine(progress, "s", interval));
    }
}
