namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>
/// One step of a capacity search: the rate offered, what was achieved, the latency percentiles the SLO
/// names (ms, from the intended start), the error share, and whether the SLO held and why not.
/// </summary>
public sealed record RateTrial(
    double OfferedRate,
    double AchievedRate,
    IReadOnlyDictionary<double, double> LatencyMs,
    double ErrorPercent,
    bool GeneratorValid,
    bool Passed,
    string? Why);
