namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>The knee: the highest rate that held the SLO, the lowest that did not, and every step tried as evidence.</summary>
public sealed record CapacityResult(SloSpec Slo, RateTrial? Knee, RateTrial? FirstFailing, IReadOnlyList<RateTrial> Trials)
{
    public double SustainableRate => Knee?.OfferedRate ?? 0;
}
