using System.CommandLine;
using System.Globalization;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Cli.Running;

/// <summary>The options `run` and `capacity` share, parsed with one-line errors that name the option.</summary>
public sealed class RunOptions
{
    private RunOptions()
    {
    }

    public Option<string?> Scale { get; } = new("--scale") { Description = "bunkyo, national or a number of residents (default: the scenario's)." };

    public Option<string?> Duration { get; } = new("--duration") { Description = "Wall time, e.g. 30s, 5m, 2h (default: the scenario's; in stepped time a cap)." };

    public Option<ulong?> Seed { get; } = new("--seed") { Description = "Chooses arrivals and residents (default: the population's seed)." };

    public Option<string?> ReportDirectory { get; } = new("--report-dir") { Description = "Where reports and the operation log go (default: reports/<scenario>-<timestamp>/)." };

    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Run as an Orleans client against running silos (a silo-config profile)." };

    public static RunOptions Create() => new();

    /// <summary>The cluster configuration of <c>--cluster</c>, or null to run on the in-process fleet.</summary>
    public string? ClusterOf(ParseResult parse) => parse.GetValue(Cluster);

    public void AddTo(Command command)
    {
        command.Options.Add(Scale);
        command.Options.Add(Duration);
        command.Options.Add(Seed);
        command.Options.Add(ReportDirectory);
        command.Options.Add(Cluster);
    }

    public ScenarioRunOptions Read(ParseResult parse, ScenarioDefinition scenario)
    {
        var scale = scenario.Population.Size;
        if (parse.GetValue(Scale) is { } scaleText && !ScaleSpec.TryParse(scaleText, out scale, out var scaleError))
            throw new ArgumentException("--scale: " + scaleError);
        var duration = scenario.Duration;
        if (parse.GetValue(Duration) is { } durationText && !ScenarioDuration.TryParse(durationText, out duration, out var durationError))
            throw new ArgumentException("--duration: " + durationError);
        if (duration <= TimeSpan.Zero) throw new ArgumentException("--duration: must be longer than 0s");
        var seed = parse.GetValue(Seed) ?? (ulong)scenario.Population.Seed;
        var directory = parse.GetValue(ReportDirectory)
            ?? Path.Combine("reports", $"{scenario.Name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
        return new ScenarioRunOptions(scale, duration, seed, directory, ScenarioFiles.Build());
    }
}
