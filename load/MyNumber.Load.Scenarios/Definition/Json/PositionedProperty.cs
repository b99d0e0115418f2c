namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>A member of a JSON object: its name, where the name starts, and its value.</summary>
internal sealed record PositionedProperty(string Name, int Line, int Column, PositionedNode Value);
