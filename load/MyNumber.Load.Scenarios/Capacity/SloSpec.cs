using System.Globalization;
using System.Text.RegularExpressions;

namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>
/// A service-level objective as the command line writes it: conditions joined by ';', e.g.
/// "p99&lt;50ms;errors&lt;0.1%". Latency percentiles are p50…p99.99 or max, in ms or s; errors are the share
/// of arrivals that failed or were dropped, in percent.
/// </summary>
public sealed partial record SloSpec(IReadOnlyList<SloCondition> Conditions)
{
    public static SloSpec Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new FormatException("empty SLO: write e.g. \"p99<50ms;errors<0.1%\"");
        var conditions = new List<SloCondition>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Condition().Match(part);
            if (!m.Success) throw new FormatException($"bad SLO condition \"{part}\": write pNN<Xms, max<Xms or errors<X%");
            bool inclusive = m.Groups["op"].Value == "<=";
            double limit = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            string metric = m.Groups["metric"].Value;
            string unit = m.Groups["unit"].Value;
            if (metric == "errors")
            {
                if (unit != "%") throw new FormatException($"bad SLO condition \"{part}\": errors take a percentage, e.g. errors<0.1%");
                conditions.Add(new SloCondition(SloCondition.Errors, 0, limit, inclusive));
                continue;
            }
            if (unit is not ("ms" or "s")) throw new FormatException($"bad SLO condition \"{part}\": latency takes ms or s, e.g. p99<50ms");
            double percentile = metric == "max" ? 100 : double.Parse(metric[1..], CultureInfo.InvariantCulture);
            if (percentile is <= 0 or > 100) throw new FormatException($"bad SLO condition \"{part}\": percentile must be within 0..100");
            conditions.Add(new SloCondition(SloCondition.Latency, percentile, unit == "s" ? limit * 1000 : limit, inclusive));
        }
        return new SloSpec(conditions);
    }

    public override string ToString() => string.Join(";", Conditions);

    [GeneratedRegex(@"^(?<metric>p\d+(\.\d+)?|max|errors)\s*(?<op><=|<)\s*(?<value>\d+(\.\d+)?)\s*(?<unit>ms|s|%)$")]
    private static partial Regex Condition();
}
