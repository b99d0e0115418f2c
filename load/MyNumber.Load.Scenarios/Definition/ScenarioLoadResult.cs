namespace MyNumber.Load.Scenarios.Definition;

/// <summary>The outcome of loading a scenario file: the scenario when it is valid, else every error found.</summary>
public sealed record ScenarioLoadResult(ScenarioDefinition? Scenario, IReadOnlyList<ScenarioError> Errors)
{
    public bool IsValid => Scenario is not null && Errors.Count == 0;

    /// <summary>The scenario, or an exception that lists every error, one per line.</summary>
    public ScenarioDefinition GetScenarioOrThrow() =>
        IsValid ? Scenario! : throw new ScenarioValidationException(Errors);
}
