namespace MyNumber.Load.Thresholds;

/// <summary>What a threshold looks at. Latency metrics are in milliseconds, at <see cref="Threshold.Percentile"/>.</summary>
public enum ThresholdMetric
{
    OkCount,
    FailCount,
    FailPercent,
    DroppedCount,
    DroppedPercent,
    AchievedRate,

    /// <summary>Latency from the intended start (corrected for coordinated omission).</summary>
    Latency,

    /// <summary>Latency from the actual start.</summary>
    ServiceTime,

    /// <summary>Actual minus intended start.</summary>
    SchedulingLag,
}
