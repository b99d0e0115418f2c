namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>One condition of a service-level objective: a latency percentile (ms) or the error share (%) below a limit.</summary>
public sealed record SloCondition(string Metric, double Percentile, double Limit, bool Inclusive)
{
    public const string Latency = "latency";
    public const string Errors = "errors";

    public bool IsMetBy(double value) => Inclusive ? value <= Limit : value < Limit;

    public override string ToString()
    {
        string op = Inclusive ? "<=" : "<";
        return Metric == Errors
            ? FormattableString.Invariant($"errors{op}{Limit}%")
            : Percentile >= 100 ? FormattableString.Invariant($"max{op}{Limit}ms") : FormattableString.Invariant($"p{Percentile}{op}{Limit}ms");
    }
}
