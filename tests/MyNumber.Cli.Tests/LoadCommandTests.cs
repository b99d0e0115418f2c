namespace MyNumber.Cli.Tests;

public sealed class LoadCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "cli-load-" + Guid.NewGuid().ToString("n"));

    public void Dispose()
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, true);
    }

    // A busy test machine must not turn these into INVALID runs: the generator check has its own tests.
    private Cli Synthetic(params string[] extra) =>
        Cli.Run(["load", "synthetic", "--rate", "200", .. extra.Contains("--duration") ? [] : new[] { "--duration", "1s" },
            "--max-dispatch-lag", "10s", "--report-dir", directory, .. extra]);

    [Fact(DisplayName = "load synthetic runs the engine, prints progress and a PASS verdict, writes every report format, exits 0")]
    public void Passes()
    {
        var run = Synthetic("--step-latency", "2ms", "--fail-ratio", "0.05", "--threshold", "p99<2s;errors<50%");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Matches(@"\[measured [0-9.]+/1\.0 s\] synthetic: offered [0-9.]+/s achieved", run.Output);
        Assert.Contains("VERDICT: PASS — 200 iterations, p99 ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"; report: {Path.Combine(directory, "report.html")}", run.Output, StringComparison.Ordinal);
        Assert.Equal(["intervals.csv", "report.html", "report.json", "report.md", "summary.csv", "thresholds.junit.xml"],
            Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("", run.Error);
    }

    [Fact(DisplayName = "load synthetic exits 99 with a FAIL verdict naming the breached threshold")]
    public void ThresholdFails()
    {
        var run = Synthetic("--threshold", "p99<1s", "--threshold", "rps>1000000");
        Assert.True(run.ExitCode == 99, run.Output + run.Error);
        Assert.Contains("VERDICT: FAIL — 200 iterations, p99 ", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 threshold breach — breached: synthetic: AchievedRate > 1000000 (was ", run.Output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "load synthetic with the queue overflow policy queues above the cap instead of dropping")]
    public void QueuePolicy()
    {
        var run = Synthetic("--step-latency", "20ms", "--concurrency", "1", "--overflow", "queue", "--queue-bound", "1000", "--duration", "500ms");
        Assert.Contains("at most 1 in flight, overflow queued (bound 1000)", run.Output, StringComparison.Ordinal);
        Assert.Contains("dropped 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"dropped\": 0", File.ReadAllText(Path.Combine(directory, "report.json")), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "load synthetic refuses unknown options and malformed values with one line and exit 2")]
    [InlineData("--rate=fast", "mynumber: --rate: 'fast' is not a rate above 0")]
    [InlineData("--rate=-5", "mynumber: --rate: '-5' is not a rate above 0")]
    [InlineData("--duration=30x", "mynumber: --duration: ")]
    [InlineData("--step-latency=2 weeks", "mynumber: --step-latency: '2 weeks' has no known unit")]
    [InlineData("--fail-ratio=1.5", "mynumber: --fail-ratio: '1.5' is not a ratio within 0..1")]
    [InlineData("--concurrency=0", "mynumber: --concurrency: '0' is not a whole number ≥ 1")]
    [InlineData("--overflow=spill", "mynumber: Argument 'spill' not recognized. Must be one of:")]
    [InlineData("--threshold=p99<5", "mynumber: --threshold: threshold clause 1 \"p99<5\": latency needs a unit")]
    [InlineData("--bogus", "mynumber: Unrecognized command or argument '--bogus'")]
    public void UsageErrors(string bad, string expected)
    {
        string[] defaults = ["--rate=200", "--duration=1s"];
        var run = Cli.Run(["load", "synthetic", .. defaults.Where(d => !bad.StartsWith(d.Split('=')[0], StringComparison.Ordinal)), bad]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith(expected, run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }
}
