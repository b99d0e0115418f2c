using System.Globalization;

namespace MyNumber.Load.Thresholds;

/// <summary>
/// A pass/fail rule as data: "scenario (or scenario/step) metric op limit". Checked every reporting
/// interval after <see cref="StartCheckAfter"/> (aborting the run when <see cref="AbortOnFail"/>),
/// and at the end; a failure gives the run a non-zero exit code.
/// </summary>
public sealed record Threshold(string Scenario, ThresholdMetric Metric, ThresholdOperator Operator, double Limit)
{
    /// <summary>A sub-step of the scenario; null for the scenario's iterations.</summary>
    public string? Step { get; init; }

    /// <summary>For latency metrics: 50, 99, 99.9…; 100 is the maximum.</summary>
    public double Percentile { get; init; } = 99;

    /// <summary>For <see cref="ThresholdMetric.Latency"/> and <see cref="ThresholdMetric.ServiceTime"/>: which iterations count.</summary>
    public LatencyOutcome Outcome { get; init; } = LatencyOutcome.Ok;

    public bool AbortOnFail { get; init; }

    public TimeSpan StartCheckAfter { get; init; }

    public bool IsLatency => Metric is ThresholdMetric.Latency or ThresholdMetric.ServiceTime or ThresholdMetric.SchedulingLag;

    public bool IsSatisfiedBy(double value) => Operator switch
    {
        ThresholdOperator.LessThan => value < Limit,
        ThresholdOperator.LessOrEqual => value <= Limit,
        ThresholdOperator.GreaterThan => value > Limit,
        _ => value >= Limit,
    };

    public override string ToString()
    {
        string target = Step is null ? Scenario : $"{Scenario}/{Step}";
        string of = Outcome == LatencyOutcome.Ok || Metric == ThresholdMetric.SchedulingLag ? "" : Outcome == LatencyOutcome.Failed ? " of failed" : " of all";
        string metric = IsLatency ? $"{Metric} p{Percentile.ToString(CultureInfo.InvariantCulture)}{of} (ms)" : Metric.ToString();
        string op = Operator switch
        {
            ThresholdOperator.LessThan => "<",
            ThresholdOperator.LessOrEqual => "<=",
            ThresholdOperator.GreaterThan => ">",
            _ => ">=",
        };
        return $"{target}: {metric} {op} {Limit.ToString(CultureInfo.InvariantCulture)}";
    }
}
