namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>
/// A JSON value with the line and column where it starts. System.Text.Json's document model drops positions,
/// and every validation error must point at a line, so the loader builds this small tree instead.
/// </summary>
internal sealed class PositionedNode
{
    public required JsonKind Kind { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }

    /// <summary>The string value, or the raw text of a number, or "true"/"false".</summary>
    public string? Text { get; init; }

    public List<PositionedProperty> Properties { get; } = [];
    public List<PositionedNode> Items { get; } = [];

    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };
}
