namespace MyNumber.Load.Scenarios.Definition;

/// <summary>How a threshold's value is written and what it means.</summary>
public enum ThresholdValueKind
{
    /// <summary>A duration string ("20ms", "4h"); compared in milliseconds.</summary>
    Duration,

    /// <summary>A share between 0 and 1.</summary>
    Fraction,

    /// <summary>Operations per second, not negative.</summary>
    PerSecond,

    /// <summary>A whole number of events, not negative.</summary>
    Count,
}
