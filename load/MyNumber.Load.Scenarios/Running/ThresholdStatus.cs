namespace MyNumber.Load.Scenarios.Running;

public enum ThresholdStatus
{
    Met,
    Breached,

    /// <summary>The metric needs something this build does not measure; listed in the verdict, never counted as met.</summary>
    NotMeasured,
}
