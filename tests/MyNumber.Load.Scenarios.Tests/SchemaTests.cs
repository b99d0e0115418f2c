using System.Text.Json;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

/// <summary>The JSON Schema users' editors see must describe exactly what the loader accepts.</summary>
public sealed class SchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(ScenarioFiles.SchemaPath)).RootElement;

    private static JsonElement Definition(string section) =>
        section == "scenario" ? Schema : Schema.GetProperty("$defs").GetProperty(section);

    private static SortedSet<string> Names(JsonElement obj) =>
        new(obj.EnumerateObject().Select(p => p.Name), StringComparer.Ordinal);

    private static SortedSet<string> Strings(JsonElement array) =>
        new(array.EnumerateArray().Select(e => e.GetString()!), StringComparer.Ordinal);

    private static SortedSet<string> Set(IEnumerable<string> names) => new(names, StringComparer.Ordinal);

    [Fact]
    public void The_schema_is_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }

    public static TheoryData<string> Sections => new(ScenarioFormat.Sections.Keys);

    [Theory]
    [MemberData(nameof(Sections))]
    public void Each_object_of_the_format_has_the_same_fields_in_the_schema_and_the_loader(string section)
    {
        var definition = Definition(section);
        var fields = ScenarioFormat.Sections[section];

        Assert.Equal(Set(fields.All), Names(definition.GetProperty("properties")));
        Assert.Equal(Set(fields.Required), Strings(definition.GetProperty("required")));
        Assert.False(definition.GetProperty("additionalProperties").GetBoolean());
    }

    [Fact]
    public void Every_object_definition_in_the_schema_is_one_the_loader_knows()
    {
        var objectDefinitions = Schema.GetProperty("$defs").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out _))
            .Select(d => d.Name);
        Assert.Subset(Set(ScenarioFormat.Sections.Keys), Set(objectDefinitions));
    }

    [Theory]
    [MemberData(nameof(ScenarioFiles.Names), MemberType = typeof(ScenarioFiles))]
    public void Every_top_level_key_of_a_shipped_file_is_in_the_schema(string name)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(ScenarioFiles.PathOf(name)));
        Assert.Subset(Names(Schema.GetProperty("properties")), Names(file.RootElement));
    }

    [Fact]
    public void The_schema_lists_exactly_the_known_operations()
    {
        Assert.Equal(Set(OperationCatalog.All.Select(o => o.Name)),
            Strings(Schema.GetProperty("$defs").GetProperty("operationName").GetProperty("enum")));
    }

    [Fact]
    public void The_schema_lists_exactly_the_known_fault_kinds_clock_modes_metrics_comparisons_and_outputs()
    {
        var defs = Schema.GetProperty("$defs");
        Assert.Equal(Set(ScenarioFormat.FaultKinds.Keys), Strings(defs.GetProperty("fault").GetProperty("properties").GetProperty("kind").GetProperty("enum")));
        Assert.Equal(Set(ScenarioFormat.ClockModes.Keys), Strings(defs.GetProperty("clock").GetProperty("properties").GetProperty("mode").GetProperty("enum")));
        var threshold = defs.GetProperty("threshold").GetProperty("properties");
        Assert.Equal(Set(ThresholdMetrics.All.Keys), Strings(threshold.GetProperty("metric").GetProperty("enum")));
        Assert.Equal(Set(ScenarioFormat.Comparisons.Keys), Strings(threshold.GetProperty("comparison").GetProperty("enum")));
        Assert.Equal(Set(ScenarioFormat.Outputs), Strings(Schema.GetProperty("properties").GetProperty("outputs").GetProperty("items").GetProperty("enum")));
        Assert.Equal(Set(BaseRate.DerivedKinds), Strings(defs.GetProperty("rate").GetProperty("properties").GetProperty("derived").GetProperty("enum")));
    }

    [Fact]
    public void Every_fault_kind_and_clock_mode_name_maps_to_a_distinct_value()
    {
        Assert.Equal(Enum.GetValues<FaultKind>().Length, ScenarioFormat.FaultKinds.Values.Distinct().Count());
        Assert.Equal(Enum.GetValues<ClockMode>().Length, ScenarioFormat.ClockModes.Values.Distinct().Count());
        Assert.Equal(Enum.GetValues<ThresholdComparison>().Length, ScenarioFormat.Comparisons.Values.Distinct().Count());
    }
}
