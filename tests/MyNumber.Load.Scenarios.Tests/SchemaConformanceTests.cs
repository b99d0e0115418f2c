using System.Text.Json;
using Json.Schema;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Tests;

/// <summary>
/// An independent JSON Schema validator must agree with the loader: the shipped files pass both, and the
/// mistakes a schema can express fail both.
/// </summary>
public sealed class SchemaConformanceTests
{
    // Built once: the library registers schemas by $id in a global registry.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ScenarioFiles.SchemaPath)));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    [Theory]
    [MemberData(nameof(ScenarioFiles.Names), MemberType = typeof(ScenarioFiles))]
    public void Every_shipped_scenario_file_conforms_to_the_schema(string name)
    {
        var results = Evaluate(File.ReadAllText(ScenarioFiles.PathOf(name)));
        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void The_minimal_scenario_conforms_to_the_schema()
    {
        var results = Evaluate(MinimalScenario.Json);
        Assert.True(results.IsValid, Describe(results));
    }

    public static TheoryData<string, string> Mistakes => new()
    {
        { "\"seed\": 1", "\"seed\": \"one\"" },
        { "\"cardHolding\": 0.7", "\"cardHolding\": 0.7, \"cardHoldings\": 0.7" },
        { "\"seed\": 1,", "" },
        { "\"duration\": \"60s\"", "\"duration\": \"5x\"" },
        { "\"warmUp\": \"5s\"", "\"warmUp\": \"1.5h\"" },
        { "\"mode\": \"accelerated\", \"factor\": 1440", "\"mode\": \"warp\"" },
        { "\"mode\": \"accelerated\"", "\"mode\": \"stepped\"" },
        { "\"apply-online\": 0.6", "\"apply-by-fax\": 0.6" },
        { "\"perDay\": 1310000", "\"perDay\": -5" },
        { "\"perDay\": 1310000", "\"perDay\": 1, \"perSecond\": 1" },
        { "\"size\": \"bunkyo\"", "\"size\": \"tokyo\"" },
        { "\"start\": \"2023-02-28\"", "\"start\": \"2023-02-28T00:00+09:00\"" },
        { "\"opens\": \"08:30\"", "\"opens\": \"8:30\"" },
        { "\"metric\": \"latency-p99\"", "\"metric\": \"latency-p98\"" },
        { "\"comparison\": \"<=\"", "\"comparison\": \"=<\"" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistakes_a_schema_can_express_fail_both_the_schema_and_the_loader(string from, string to)
    {
        var json = MinimalScenario.With(from, to);

        Assert.False(Evaluate(json).IsValid, "the schema accepted: " + to);
        Assert.False(ScenarioLoader.Parse(json, "broken.json").IsValid, "the loader accepted: " + to);
    }
}
