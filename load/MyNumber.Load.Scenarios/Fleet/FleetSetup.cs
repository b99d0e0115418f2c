using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>
/// What the fleet must be for a run of a scenario: the population (seed, size, the day it is as of, its mix),
/// the municipal counters and the faults to inject. The composition root starts the fleet from it; the
/// operation log's header carries it, so a replay starts the same fleet.
/// </summary>
public sealed record FleetSetup(
    long PopulationSeed,
    long Residents,
    int Municipalities,
    DateOnly AsOf,
    PopulationMixSetup? Mix,
    CounterSetup? Counters,
    KioskSetup? Kiosks,
    IReadOnlyList<FaultSpec> Faults)
{
    /// <summary>
    /// The setup of <paramref name="scenario"/> at <paramref name="scale"/> for a run whose simulated clock starts
    /// at <paramref name="simulatedStart"/>: the population is as of that day (nobody born, no card issued, after
    /// it), so a 2019 scenario meets a 2019 population.
    /// </summary>
    public static FleetSetup For(ScenarioDefinition scenario, ScaleSpec scale, DateTimeOffset simulatedStart)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(scale);
        var p = scenario.Population;
        var asOf = DateOnly.FromDateTime(simulatedStart.ToOffset(CalendarWindow.JapanOffset).DateTime);
        return new FleetSetup(p.Seed, scale.Residents, scale.Municipalities, asOf,
            new PopulationMixSetup(p.Ages, p.ForeignShare, p.CardHolderShare, p.FaceAuthShare, p.SmartphoneShare, p.InsuranceRegisteredShare),
            scenario.Counters is { } counters ? CounterSetup.From(counters) : null,
            scenario.Kiosks is { } kiosks ? new KioskSetup(kiosks.PrintTime) : null,
            scenario.Faults);
    }
}
