namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>The members of one JSON object after unknown and duplicate fields have been reported.</summary>
internal sealed class FieldSet(PositionedNode node, string path)
{
    private readonly Dictionary<string, PositionedProperty> _fields = new(StringComparer.Ordinal);

    public PositionedNode Node { get; } = node;
    public string Path { get; } = path;

    public void Add(PositionedProperty property) => _fields[property.Name] = property;

    public PositionedNode? this[string name] => _fields.TryGetValue(name, out var p) ? p.Value : null;

    public bool Has(string name) => _fields.ContainsKey(name);

    public string PathOf(string name) => ScenarioReader.ChildPath(Path, name);
}
