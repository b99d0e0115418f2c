namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// A pass condition: <see cref="Metric"/> measured over the whole scenario, or over one operation when
/// <see cref="Step"/> is set, compared with <see cref="Value"/> (milliseconds for duration metrics).
/// A breach of an abort-on-breach threshold stops the run at once.
/// </summary>
public sealed record ThresholdSpec(
    string Metric,
    string? Step,
    ThresholdComparison Comparison,
    double Value,
    bool AbortOnBreach)
{
    public bool IsMetBy(double measured) => Comparison switch
    {
        ThresholdComparison.LessThan => measured < Value,
        ThresholdComparison.LessThanOrEqual => measured <= Value,
        ThresholdComparison.GreaterThan => measured > Value,
        ThresholdComparison.GreaterThanOrEqual => measured >= Value,
        _ => measured == Value,
    };
}
