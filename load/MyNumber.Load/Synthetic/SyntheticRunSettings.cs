using MyNumber.Load.Thresholds;

namespace MyNumber.Load.Synthetic;

/// <summary>
/// What a synthetic run from the command line asks for: a constant arrival rate for a duration against
/// a step that waits <see cref="StepLatency"/> (spread ±50 %) and fails at <see cref="FailRatio"/>.
/// </summary>
public sealed record SyntheticRunSettings(double RatePerSecond, TimeSpan Duration)
{
    public const string ScenarioName = "synthetic";

    public TimeSpan StepLatency { get; init; }

    public double FailRatio { get; init; }

    public ConcurrencyLimit Concurrency { get; init; } = ConcurrencyLimit.Default;

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    public TimeSpan WarmUp { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>When the run counts as invalid because the generator fell behind.</summary>
    public GeneratorLimits GeneratorLimits { get; init; } = GeneratorLimits.Default;

    public Scenario ToScenario() =>
        SyntheticScenario.AtRate(ScenarioName, RatePerSecond, Duration, StepLatency, FailRatio, Seed).WithConcurrency(Concurrency).WithWarmUp(WarmUp);
}
