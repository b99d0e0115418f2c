namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>A fleet the harness drives: grains through Contracts, the population view, the cluster clock.</summary>
public sealed record FleetConnection(IGrainFactory Grains, IPopulationView Population, IFleetClock Clock);
