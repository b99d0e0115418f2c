namespace MyNumber.Load.Scenarios.Definition;

/// <summary>How the simulated clock advances against the wall clock.</summary>
public enum ClockMode
{
    /// <summary>One simulated second per wall-clock second.</summary>
    Real,

    /// <summary>Simulated time runs <c>factor</c> times faster than the wall clock.</summary>
    Accelerated,

    /// <summary>Simulated time jumps by <c>step</c> once all work due before the jump is done.</summary>
    Stepped,
}
