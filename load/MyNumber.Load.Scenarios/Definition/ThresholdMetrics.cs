namespace MyNumber.Load.Scenarios.Definition;

/// <summary>The metrics a threshold may test, and how each one's value is written.</summary>
public static class ThresholdMetrics
{
    public static IReadOnlyDictionary<string, ThresholdValueKind> All { get; } = new Dictionary<string, ThresholdValueKind>
    {
        ["latency-p50"] = ThresholdValueKind.Duration,
        ["latency-p90"] = ThresholdValueKind.Duration,
        ["latency-p99"] = ThresholdValueKind.Duration,
        ["latency-p999"] = ThresholdValueKind.Duration,
        ["latency-max"] = ThresholdValueKind.Duration,
        ["counter-wait-p99"] = ThresholdValueKind.Duration,
        ["counter-wait-max"] = ThresholdValueKind.Duration,
        ["error-rate"] = ThresholdValueKind.Fraction,
        ["rejection-rate"] = ThresholdValueKind.Fraction,
        ["throughput"] = ThresholdValueKind.PerSecond,
        // Invariants: the incidents in calibration.md that must never happen here.
        ["wrong-person-issuances"] = ThresholdValueKind.Count,
        ["wrong-person-verifications"] = ThresholdValueKind.Count,
        ["lost-operations"] = ThresholdValueKind.Count,
        ["state-mismatches"] = ThresholdValueKind.Count,
        ["residents-turned-away"] = ThresholdValueKind.Count,
    };
}
