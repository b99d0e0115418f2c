using MyNumber.Load.Reports;

namespace MyNumber.Load.Synthetic;

/// <summary>
/// Runs the synthetic scenario from a command line: live console progress, every report format in
/// the output directory, and the report (whose ExitCode the command should return).
/// </summary>
public static class SyntheticRun
{
    public static Task<RunReport> RunAsync(
        double ratePerSecond, TimeSpan duration, TimeSpan meanServiceTime, double failureRatio, string outputDirectory,
        int maxInFlight = 10_000, CancellationToken cancellationToken = default)
    {
        var settings = new SyntheticRunSettings(ratePerSecond, duration)
        {
            StepLatency = meanServiceTime,
            FailRatio = failureRatio,
            Concurrency = ConcurrencyLimit.Drop(maxInFlight),
        };
        return RunAsync(settings, outputDirectory, null, cancellationToken);
    }

    /// <param name="settings">The run.</param>
    /// <param name="outputDirectory">Where every report format is written (created if missing).</param>
    /// <param name="console">The live console; null: the process's console.</param>
    /// <param name="cancellationToken">Stops the run early; the reports are still written.</param>
    public static async Task<RunReport> RunAsync(SyntheticRunSettings settings, string outputDirectory, ConsoleRunObserver? console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var ownConsole = console is null ? new ConsoleRunObserver() : null;
        var runner = LoadRunner.Create(settings.ToScenario()).WithThresholds([.. settings.Thresholds])
            .WithGeneratorLimits(settings.GeneratorLimits).WithObserver(console ?? ownConsole!);
        var report = await runner.RunAsync(cancellationToken).ConfigureAwait(false);
        ReportWriter.WriteAll(report, outputDirectory);
        return report;
    }
}
