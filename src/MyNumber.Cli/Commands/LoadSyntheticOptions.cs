using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MyNumber.Load;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Synthetic;
using MyNumber.Load.Thresholds;

namespace MyNumber.Cli.Commands;

/// <summary>
/// The options of <c>load synthetic</c>. Every value is checked while parsing, so a malformed one is a
/// usage error (exit 2, one line naming the option) before any load starts.
/// </summary>
public sealed class LoadSyntheticOptions
{
    public Option<double> Rate { get; } = new("--rate")
    {
        Description = "Arrivals per second (open model), e.g. 5000.", Required = true,
        CustomParser = r => Number(r, "--rate", v => v > 0 && v <= 10_000_000, "a rate above 0 and at most 10000000 per second"),
    };

    public Option<TimeSpan> Duration { get; } = new("--duration")
    {
        Description = "How long arrivals are offered, e.g. 30s, 5m.", Required = true,
        CustomParser = r => ScenarioTime(r, "--duration", positive: true),
    };

    public Option<TimeSpan> StepLatency { get; } = new("--step-latency")
    {
        Description = "Mean wait of the synthetic step (spread ±50 %), e.g. 200us, 2ms (default: a no-op step).",
        CustomParser = r => Time(r, "--step-latency"),
    };

    public Option<double> FailRatio { get; } = new("--fail-ratio")
    {
        Description = "Share of iterations that fail, 0..1 (default 0).",
        CustomParser = r => Number(r, "--fail-ratio", v => v is >= 0 and <= 1, "a ratio within 0..1, e.g. 0.01"),
    };

    public Option<int> Concurrency { get; } = new("--concurrency")
    {
        Description = "Most iterations in flight (default 10000).", DefaultValueFactory = _ => ConcurrencyLimit.Default.MaxInFlight,
        CustomParser = r => (int)Number(r, "--concurrency", v => v >= 1 && v <= 10_000_000 && v == Math.Floor(v), "a whole number ≥ 1"),
    };

    public Option<string> Overflow { get; } = new Option<string>("--overflow")
    {
        Description = "What an arrival above the cap does: drop (counted) or queue (waits; latency still counts from its intended start).",
        DefaultValueFactory = _ => "drop",
    }.AcceptOnlyFromAmong("drop", "queue");

    public Option<int> QueueBound { get; } = new("--queue-bound")
    {
        Description = "With --overflow queue: how many may wait (default: as many as --concurrency).",
        CustomParser = r => (int)Number(r, "--queue-bound", v => v >= 0 && v <= 100_000_000 && v == Math.Floor(v), "a whole number ≥ 0"),
    };

    public Option<TimeSpan> WarmUp { get; } = new("--warm-up")
    {
        Description = "Load before the measured run whose numbers are discarded, e.g. 5s (default none).",
        CustomParser = r => ScenarioTime(r, "--warm-up", positive: false),
    };

    public Option<int> Seed { get; } = new("--seed") { Description = "Chooses each iteration's wait and failure (default 1).", DefaultValueFactory = _ => 1 };

    public Option<IReadOnlyList<Threshold>> Thresholds { get; } = new("--threshold")
    {
        Description = $"Pass/fail rules, e.g. \"{ThresholdSyntax.Example}\"; repeatable.",
        CustomParser = ParseThresholds,
    };

    public Option<TimeSpan> MaxDispatchLag { get; } = new("--max-dispatch-lag")
    {
        Description = "Dispatch lag p99 above which the generator fell behind and the run is INVALID (default 5ms).",
        DefaultValueFactory = _ => GeneratorLimits.Default.MaxDispatchLagP99,
        CustomParser = r => Time(r, "--max-dispatch-lag"),
    };

    public Option<string?> ReportDirectory { get; } = new("--report-dir") { Description = "Where the reports go (default: reports/synthetic-<timestamp>/)." };

    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Rate, Duration, StepLatency, FailRatio, Concurrency, Overflow, QueueBound, WarmUp, Seed, Thresholds, MaxDispatchLag, ReportDirectory })
            command.Options.Add(option);
    }

    public SyntheticRunSettings Read(ParseResult parse)
    {
        int cap = parse.GetValue(Concurrency);
        var limit = parse.GetValue(Overflow) == "queue"
            ? ConcurrencyLimit.Queue(cap, parse.GetResult(QueueBound) is null ? cap : parse.GetValue(QueueBound))
            : ConcurrencyLimit.Drop(cap);
        return new SyntheticRunSettings(parse.GetValue(Rate), parse.GetValue(Duration))
        {
            StepLatency = parse.GetValue(StepLatency),
            FailRatio = parse.GetValue(FailRatio),
            Concurrency = limit,
            Thresholds = parse.GetValue(Thresholds) ?? [],
            WarmUp = parse.GetValue(WarmUp),
            Seed = parse.GetValue(Seed),
            GeneratorLimits = GeneratorLimits.Default with { MaxDispatchLagP99 = parse.GetValue(MaxDispatchLag) },
        };
    }

    private static string Single(ArgumentResult r) => r.Tokens.Count == 0 ? "" : r.Tokens[^1].Value;

    private static double Number(ArgumentResult r, string name, Func<double, bool> valid, string expected)
    {
        string text = Single(r);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && valid(value)) return value;
        r.AddError($"{name}: '{text}' is not {expected}");
        return 0;
    }

    private static TimeSpan ScenarioTime(ArgumentResult r, string name, bool positive)
    {
        // The same duration form as `run --duration`.
        if (!ScenarioDuration.TryParse(Single(r), out var duration, out var error)) r.AddError($"{name}: {error}");
        else if (positive && duration <= TimeSpan.Zero) r.AddError($"{name}: must be longer than 0s");
        return duration;
    }

    private static TimeSpan Time(ArgumentResult r, string name)
    {
        if (LoadDuration.TryParse(Single(r), out var duration, out var error)) return duration;
        r.AddError($"{name}: {error}");
        return TimeSpan.Zero;
    }

    private static IReadOnlyList<Threshold> ParseThresholds(ArgumentResult r)
    {
        var all = new List<Threshold>();
        foreach (var token in r.Tokens)
        {
            if (!ThresholdSyntax.TryParse(token.Value, SyntheticRunSettings.ScenarioName, [SyntheticRunSettings.ScenarioName], out var parsed, out var error))
            {
                r.AddError("--threshold: " + error);
                return [];
            }
            all.AddRange(parsed);
        }
        return all;
    }
}
