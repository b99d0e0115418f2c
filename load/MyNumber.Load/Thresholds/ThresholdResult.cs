namespace MyNumber.Load.Thresholds;

/// <summary>How a threshold fared: the last measured value, and when it first failed (if it did).</summary>
public sealed record ThresholdResult(
    string Description,
    Threshold Threshold,
    double? Actual,
    bool Passed,
    bool AbortedRun,
    double? FirstFailedAtSeconds,
    string? Problem);
