namespace MyNumber.Grains.Faults;

/// <summary>
/// The "Faults" section of a profile: failures injected on the simulated clock (a scenario run sets them
/// from its file). Kinds are the scenario file's names (renewal-function-outage, ca-outage,
/// storage-latency, storage-outage, backend-latency).
/// </summary>
public sealed class FaultSettings
{
    public const string SectionName = "Faults";

    public List<FaultWindow> Windows { get; set; } = [];
}
