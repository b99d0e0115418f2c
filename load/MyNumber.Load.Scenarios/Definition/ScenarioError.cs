namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// One problem found in a scenario file, located so an editor can jump to it:
/// <c>file:line:column: json.path: what is wrong</c>. Line and column are 1-based; the column counts characters.
/// </summary>
public sealed record ScenarioError(string File, int Line, int Column, string Path, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Path}: {Message}";
}
