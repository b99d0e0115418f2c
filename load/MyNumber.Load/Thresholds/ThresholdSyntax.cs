using System.Globalization;
using System.Text.RegularExpressions;

namespace MyNumber.Load.Thresholds;

/// <summary>
/// Thresholds in a compact text form, clauses joined by ';':
/// <c>p99&lt;50ms; errors&lt;0.1%; rps&gt;1000; clinic.verify:p99&lt;20ms,abort,after=10s</c>.
/// A clause is <c>[scenario[.step]:]metric op value[unit][,abort][,after=DURATION]</c>. Metrics:
/// <c>pNN</c>/<c>median</c>/<c>max</c> latency from the intended start (us, ms or s), prefixed <c>service.</c> for
/// the time from the actual start or <c>lag.</c> for the scheduling lag, and <c>fail.</c> or <c>all.</c> to read
/// failed or all iterations instead of the successes; <c>errors</c> (a % of completed, or a count),
/// <c>dropped</c> (a % of offered, or a count), <c>ok</c> (a count) and <c>rps</c> (completed per second).
/// Every error names the clause and what is wrong with it.
/// </summary>
public static partial class ThresholdSyntax
{
    public const string Example = "p99<50ms;errors<0.1%;rps>1000";

    /// <param name="text">The clauses.</param>
    /// <param name="defaultScenario">The scenario of a clause that names none, and whose steps a bare unknown target names.</param>
    /// <param name="scenarioNames">The scenarios of the run, when known: targets are resolved (and checked) against them.</param>
    public static IReadOnlyList<Threshold> Parse(string text, string? defaultScenario = null, IReadOnlyCollection<string>? scenarioNames = null)
    {
        var clauses = (text ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (clauses.Length == 0) throw new FormatException($"empty thresholds: write clauses joined by ';', e.g. \"{Example}\"");
        var thresholds = new List<Threshold>();
        for (int i = 0; i < clauses.Length; i++)
        {
            try
            {
                thresholds.Add(Clause(clauses[i], defaultScenario, scenarioNames));
            }
            catch (FormatException e)
            {
                throw new FormatException($"threshold clause {i + 1} \"{clauses[i]}\": {e.Message}", e);
            }
        }
        return thresholds;
    }

    public static bool TryParse(string? text, string? defaultScenario, IReadOnlyCollection<string>? scenarioNames, out IReadOnlyList<Threshold> thresholds, out string error)
    {
        try
        {
            thresholds = Parse(text ?? "", defaultScenario, scenarioNames);
            error = "";
            return true;
        }
        catch (FormatException e)
        {
            thresholds = [];
            error = e.Message;
            return false;
        }
    }

    private static Threshold Clause(string clause, string? defaultScenario, IReadOnlyCollection<string>? names)
    {
        // Options and conditions never contain ':', so the last one ends the target (a scenario name may hold one).
        int colon = clause.LastIndexOf(':');
        var (scenario, step) = Target(colon < 0 ? "" : clause[..colon].Trim(), defaultScenario, names);
        var parts = clause[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
        var m = Condition().Match(parts[0]);
        if (!m.Success)
        {
            throw new FormatException(Comparison().IsMatch(parts[0])
                ? $"'{parts[0]}' is not metric, comparison and number, e.g. p99<5ms"
                : $"no comparison in '{parts[0]}': write <, <=, > or >=, e.g. p99<5ms");
        }
        var op = m.Groups["op"].Value switch
        {
            "<" => ThresholdOperator.LessThan,
            "<=" => ThresholdOperator.LessOrEqual,
            ">" => ThresholdOperator.GreaterThan,
            _ => ThresholdOperator.GreaterOrEqual,
        };
        double value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
        var threshold = Metric(m.Groups["metric"].Value.ToLowerInvariant(), m.Groups["unit"].Value, value, scenario, op) with { Step = step };
        if (step is not null && threshold.Metric is ThresholdMetric.DroppedCount or ThresholdMetric.DroppedPercent or ThresholdMetric.SchedulingLag)
            throw new FormatException($"{m.Groups["metric"].Value} is measured per scenario, not per step (drop '.{step}' from the target)");
        foreach (var option in parts.Skip(1)) threshold = Option(threshold, option);
        return threshold;
    }

    private static Threshold Metric(string metric, string unit, double value, string scenario, ThresholdOperator op)
    {
        switch (metric)
        {
            case "errors":
                return unit switch
                {
                    "%" => Percent(new Threshold(scenario, ThresholdMetric.FailPercent, op, value)),
                    "" => new Threshold(scenario, ThresholdMetric.FailCount, op, value),
                    _ => throw new FormatException($"errors take a percentage or a count, e.g. errors<0.1% or errors<=10, not '{unit}'"),
                };
            case "dropped":
                return unit switch
                {
                    "%" => Percent(new Threshold(scenario, ThresholdMetric.DroppedPercent, op, value)),
                    "" => new Threshold(scenario, ThresholdMetric.DroppedCount, op, value),
                    _ => throw new FormatException($"dropped takes a percentage or a count, e.g. dropped<1% or dropped<=0, not '{unit}'"),
                };
            case "ok":
                return unit == "" ? new Threshold(scenario, ThresholdMetric.OkCount, op, value)
                    : throw new FormatException($"ok is a count and takes no unit, e.g. ok>=1000, not '{unit}'");
            case "rps":
                return unit is "" or "/s" ? new Threshold(scenario, ThresholdMetric.AchievedRate, op, value)
                    : throw new FormatException($"rps is completed iterations per second and takes no unit, e.g. rps>1000, not '{unit}'");
        }
        var l = Latency().Match(metric);
        if (!l.Success)
            throw new FormatException($"unknown metric '{metric}': use pNN, median or max (optionally prefixed fail., all., service. or lag.), errors, dropped, ok or rps");
        string family = l.Groups["family"].Value;
        string outcomeWord = l.Groups["outcome"].Value;
        if (family == "lag" && outcomeWord.Length > 0)
            throw new FormatException("the scheduling lag is measured before the outcome is known: drop the ok./fail./all. prefix");
        string stat = l.Groups["stat"].Value;
        double percentile = stat switch
        {
            "max" => 100,
            "median" => 50,
            _ => double.Parse(stat[1..], CultureInfo.InvariantCulture),
        };
        if (percentile > 100) throw new FormatException($"percentile {stat[1..]} is above 100");
        double scale = unit switch
        {
            "us" or "µs" => 0.001,
            "ms" => 1,
            "s" => 1000,
            "" => throw new FormatException($"latency needs a unit: us, ms or s, e.g. {stat}<{value.ToString(CultureInfo.InvariantCulture)}ms"),
            _ => throw new FormatException($"latency takes us, ms or s, not '{unit}'"),
        };
        var kind = family switch
        {
            "service" => ThresholdMetric.ServiceTime,
            "lag" => ThresholdMetric.SchedulingLag,
            _ => ThresholdMetric.Latency,
        };
        var outcome = outcomeWord switch
        {
            "fail" or "failed" => LatencyOutcome.Failed,
            "all" => LatencyOutcome.All,
            _ => LatencyOutcome.Ok,
        };
        return new Threshold(scenario, kind, op, value * scale) { Percentile = percentile, Outcome = outcome };
    }

    private static Threshold Percent(Threshold t) =>
        t.Limit <= 100 ? t : throw new FormatException($"{t.Limit.ToString(CultureInfo.InvariantCulture)}% is above 100%");

    private static Threshold Option(Threshold t, string option)
    {
        if (option == "abort") return t with { AbortOnFail = true };
        if (option.StartsWith("after=", StringComparison.Ordinal))
        {
            if (!LoadDuration.TryParse(option["after=".Length..], out var after, out var error)) throw new FormatException("after: " + error);
            return t with { StartCheckAfter = after };
        }
        throw new FormatException($"unknown option '{option}': use abort or after=DURATION (e.g. after=10s)");
    }

    private static (string Scenario, string? Step) Target(string target, string? defaultScenario, IReadOnlyCollection<string>? names)
    {
        if (target.Length == 0)
        {
            if (defaultScenario is not null) return (defaultScenario, null);
            if (names is { Count: 1 }) return (names.First(), null);
            throw new FormatException("name the scenario it applies to, e.g. checkout:p99<5ms");
        }
        if (names is null || names.Contains(target))
        {
            int dot = target.IndexOf('.', StringComparison.Ordinal);
            if (names is not null || dot < 0) return (target, null);
            return (target[..dot], Step(target[(dot + 1)..]));
        }
        for (int dot = target.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = target.IndexOf('.', dot + 1))
            if (names.Contains(target[..dot])) return (target[..dot], Step(target[(dot + 1)..]));
        if (defaultScenario is not null) return (defaultScenario, target);
        throw new FormatException($"no scenario named '{target}' (the run has: {string.Join(", ", names)})");
    }

    private static string Step(string step) => step.Length > 0 ? step : throw new FormatException("the step name after '.' is empty");

    [GeneratedRegex(@"^(?<metric>[A-Za-z][A-Za-z0-9.]*)\s*(?<op><=|>=|<|>)\s*(?<value>\d+(\.\d+)?)\s*(?<unit>[a-zµ%/]*)$")]
    private static partial Regex Condition();

    [GeneratedRegex(@"<|>")]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^(?:(?<outcome>ok|fail|failed|all)\.)?(?:(?<family>latency|service|lag)\.)?(?<stat>p\d+(?:\.\d+)?|max|median)$")]
    private static partial Regex Latency();
}
