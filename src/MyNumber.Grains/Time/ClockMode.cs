namespace MyNumber.Grains.Time;

/// <summary>How the cluster clock moves (issue 3, "Simulated time").</summary>
public enum ClockMode
{
    /// <summary>Simulated time runs at wall-clock speed from its start instant.</summary>
    Real,

    /// <summary>Simulated time runs N times faster than the wall clock.</summary>
    Accelerated,

    /// <summary>Simulated time stands still until the scenario advances it.</summary>
    Stepped,
}
