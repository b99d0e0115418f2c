using System.CommandLine;
using System.Globalization;
using MyNumber.Load;
using MyNumber.Load.Reports;
using MyNumber.Load.Synthetic;
using Spectre.Console;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber load synthetic --rate 5000 --duration 30s [--step-latency 200us] [--fail-ratio 0.01]
/// [--concurrency N] [--overflow drop|queue] [--queue-bound N] [--warm-up 5s] [--seed N]
/// [--threshold "p99&lt;5ms;errors&lt;1%"] [--report-dir DIR]</c>: the load engine on its own, against a
/// synthetic step and no fleet. Live console, every report format, and the verdict line of <c>run</c>
/// with its exit codes: 0 PASS, 99 FAIL (a threshold breached), 98 INVALID (the generator fell behind,
/// or the run was cut short). Unknown options and malformed values end at once with one line and exit 2.
/// </summary>
public static class LoadCommand
{
    public static Command Create()
    {
        var command = new Command("load", "Run the load engine on its own, without the fleet.");
        command.Subcommands.Add(Synthetic());
        return command;
    }

    private static Command Synthetic()
    {
        var o = new LoadSyntheticOptions();
        var command = new Command("synthetic", "Drive a synthetic step (a wait and a failure ratio) at a constant arrival rate.");
        o.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var settings = o.Read(parse);
            string directory = parse.GetValue(o.ReportDirectory)
                ?? Path.Combine("reports", "synthetic-" + DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            output.WriteLine(Describe(settings, directory));
            if (settings.StepLatency > TimeSpan.Zero && settings.StepLatency < TimeSpan.FromMilliseconds(2))
                output.WriteLine("note: in real time a wait shorter than about 1 ms takes the OS timer's resolution (about 1 ms)");
            using var console = new ConsoleRunObserver(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }),
                ReferenceEquals(output, Console.Out) ? null : false);
            RunReport report;
            try
            {
                report = await SyntheticRun.RunAsync(settings, directory, console, cancel);
            }
            catch (LoadConfigurationException e)
            {
                parse.InvocationConfiguration.Error.WriteLine("mynumber: load synthetic: " + e.Message.ReplaceLineEndings(" "));
                return CliApp.UsageError;
            }
            output.WriteLine(RunVerdict.Line(report, Path.Combine(directory, "report.html")));
            return RunVerdict.ExitCode(report);
        });
        return command;
    }

    private static string Describe(SyntheticRunSettings s, string directory)
    {
        var c = CultureInfo.InvariantCulture;
        string thresholds = s.Thresholds.Count == 0 ? "no thresholds" : string.Join("; ", s.Thresholds);
        return string.Format(c, "synthetic load: {0:0.###}/s for {1}{2}, step {3} ±50 %, fail ratio {4:0.####}, {5}; {6}; reports in {7}",
            s.RatePerSecond, LoadDuration.Format(s.Duration), s.WarmUp > TimeSpan.Zero ? " after " + LoadDuration.Format(s.WarmUp) + " warm-up" : "",
            s.StepLatency == TimeSpan.Zero ? "no-op" : LoadDuration.Format(s.StepLatency), s.FailRatio, s.Concurrency, thresholds, directory);
    }
}
