namespace MyNumber.Load.Thresholds;

/// <summary>How a threshold compares the measured value with its limit (the value must satisfy it).</summary>
public enum ThresholdOperator
{
    LessThan,
    LessOrEqual,
    GreaterThan,
    GreaterOrEqual,
}
