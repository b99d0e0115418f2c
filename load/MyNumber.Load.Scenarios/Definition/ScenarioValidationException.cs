namespace MyNumber.Load.Scenarios.Definition;

/// <summary>A scenario file that cannot be run; the message lists every error as <c>file:line:column: path: problem</c>.</summary>
public sealed class ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
    : Exception(errors.Count == 1
        ? "invalid scenario: " + errors[0]
        : $"invalid scenario ({errors.Count} errors):" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ScenarioError> Errors { get; } = errors;
}
