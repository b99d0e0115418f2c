using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>
/// A fleet the harness drives: grains through Contracts, the population view, the cluster clock, and where
/// counter operations report the simulated time a resident waited in the municipality's queue.
/// </summary>
public sealed record FleetConnection(IGrainFactory Grains, IPopulationView Population, IFleetClock Clock)
{
    public Action<TimeSpan>? CounterWaited { get; init; }

    /// <summary>What the fleet was started as (population as of, mix, counters, faults); null when unknown (a cluster started elsewhere).</summary>
    public FleetSetup? Setup { get; init; }

    /// <summary>The fault kinds this fleet injects when a scenario names them; the others are only put on the timeline.</summary>
    public IReadOnlySet<FaultKind> InjectedFaults { get; init; } = new HashSet<FaultKind>();

    /// <summary>Which residents' cards sit in an attached reader, as of at most a second ago (shared by copies made with <c>with</c>).</summary>
    public AttachedCardView AttachedCards { get; init; } = new();
}
