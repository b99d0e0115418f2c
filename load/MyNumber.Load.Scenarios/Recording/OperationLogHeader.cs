using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Recording;

/// <summary>The first line of an operation log: what produced it, enough to rebuild the same fleet for a replay.</summary>
public sealed record OperationLogHeader(
    int Version,
    string Scenario,
    ulong Seed,
    string Scale,
    long Residents,
    long PopulationSeed,
    string Build,
    string ClockMode,
    double Factor,
    DateTimeOffset SimulatedStart,
    DateTimeOffset SimulatedEnd,
    long PlannedArrivals)
{
    /// <summary>The fleet the run was made on (population as of, mix, counters, faults); absent in older logs.</summary>
    public FleetSetup? Fleet { get; init; }

    public const string Format = "mynumber-operation-log";
    public const int CurrentVersion = 1;
}
