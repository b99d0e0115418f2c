using MyNumber.Load.Reports;

namespace MyNumber.Load.Synthetic;

/// <summary>
/// Runs the synthetic scenario from a command line: live console progress, every report format in
/// <paramref name="outputDirectory"/>, and the report (whose ExitCode the command should return).
/// </summary>
public static class SyntheticRun
{
    public static async Task<RunReport> RunAsync(
        double ratePerSecond, TimeSpan duration, TimeSpan meanServiceTime, double failureRatio, string outputDirectory,
        int maxInFlight = 10_000, CancellationToken cancellationToken = default)
    {
        var scenario = SyntheticScenario.AtRate("synthetic", ratePerSecond, duration, meanServiceTime, failureRatio)
            .WithConcurrency(ConcurrencyLimit.Drop(maxInFlight));
        using var console = new ConsoleRunObserver();
        var report = await LoadRunner.Create(scenario).WithObserver(console).RunAsync(cancellationToken).ConfigureAwait(false);
        ReportWriter.WriteAll(report, outputDirectory);
        return report;
    }
}
