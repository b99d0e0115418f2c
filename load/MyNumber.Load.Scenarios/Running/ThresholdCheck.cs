namespace MyNumber.Load.Scenarios.Running;

/// <summary>How one scenario threshold fared: met, breached, or not measured by this build (with why).</summary>
public sealed record ThresholdCheck(string Description, ThresholdStatus Status, double? Actual, string? Note);
