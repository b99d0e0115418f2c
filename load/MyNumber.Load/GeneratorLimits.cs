namespace MyNumber.Load;

/// <summary>When a run counts as invalid because the generator, not the system, was the bottleneck.</summary>
public sealed record GeneratorLimits(TimeSpan MaxDispatchLagP99, double MaxDispatcherBusyPercent)
{
    /// <summary>Dispatch lag p99 up to 5 ms, dispatcher busy up to 80 % of the wall time.</summary>
    public static GeneratorLimits Default { get; } = new(TimeSpan.FromMilliseconds(5), 80);
}
