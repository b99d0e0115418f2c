namespace MyNumber.Load.Scenarios.Definition;

/// <summary>How a measured value must relate to a threshold's value for the run to pass.</summary>
public enum ThresholdComparison
{
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    EqualTo,
}
