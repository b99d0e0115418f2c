using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Planning;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Load.Scenarios.Capacity;

/// <summary>
/// Capacity trials of a scenario's operation mix on a fleet: each trial offers a flat rate in real time for
/// <see cref="TrialDuration"/>, from the calendar's start, with residents nobody in an earlier trial met.
/// </summary>
public sealed class FleetCapacityTrials(ScenarioDefinition scenario, FleetConnection fleet, ScaleSpec scale, ulong seed, TimeSpan trialDuration)
{
    private long nextSequence;

    public TimeSpan TrialDuration { get; } = trialDuration;

    public RunCounters Counters { get; } = new();

    public async Task<ScenarioReport> RunAsync(double ratePerSecond, CancellationToken cancellationToken)
    {
        var at = fleet.Clock.UtcNow > scenario.Calendar.Start ? fleet.Clock.UtcNow : scenario.Calendar.Start;
        var plan = ArrivalPlan.Constant(scenario, scale, ratePerSecond, TrialDuration, seed, at, nextSequence);
        nextSequence += plan.TotalArrivals;
        var engineScenario = FleetScenarioBuilder.Build(plan, fleet, Counters, recorder: null, ConcurrencyLimit.Drop(10_000));
        var report = await LoadRunner.Create(engineScenario).WithCompletionTimeout(TimeSpan.FromSeconds(5)).RunAsync(cancellationToken).ConfigureAwait(false);
        fleet.Clock.Freeze();
        LastGeneratorValid = report.Generator.IsValid;
        return report.Scenarios[0];
    }

    public bool LastGeneratorValid { get; private set; } = true;
}
