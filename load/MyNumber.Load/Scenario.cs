using MyNumber.Load.Simulations;

namespace MyNumber.Load;

/// <summary>
/// A named workflow the engine repeats: the step function is one iteration (it may run measured
/// sub-steps through its context), with optional init and clean hooks, a chain of load simulations,
/// a warm-up whose measurements are discarded, and a concurrency cap for the open model.
/// Immutable: every With… returns a new scenario.
/// </summary>
public sealed record Scenario
{
    private Scenario(string name, Func<ScenarioContext, ValueTask<StepResult>> step)
    {
        Name = name;
        Step = step;
    }

    public string Name { get; init; }

    public Func<ScenarioContext, ValueTask<StepResult>> Step { get; init; }

    public Func<ScenarioInitContext, Task>? Init { get; init; }

    public Func<ScenarioInitContext, Task>? Clean { get; init; }

    public IReadOnlyList<LoadSimulation> Simulations { get; init; } = [];

    public TimeSpan WarmUp { get; init; }

    public ConcurrencyLimit Concurrency { get; init; } = ConcurrencyLimit.Default;

    public static Scenario Create(string name, Func<ScenarioContext, ValueTask<StepResult>> step)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(step);
        return new Scenario(name, step);
    }

    public Scenario WithInit(Func<ScenarioInitContext, Task> init) => this with { Init = init };

    public Scenario WithClean(Func<ScenarioInitContext, Task> clean) => this with { Clean = clean };

    public Scenario WithLoadSimulations(params LoadSimulation[] simulations) => this with { Simulations = [.. simulations] };

    public Scenario WithWarmUp(TimeSpan warmUp) => this with { WarmUp = warmUp };

    public Scenario WithConcurrency(ConcurrencyLimit limit) => this with { Concurrency = limit };
}
