using System.Text.Json;
using System.Text.Json.Serialization;

namespace MyNumber.Load.Reports;

/// <summary>The run report as schema-versioned JSON: the plain form every other format is read from.</summary>
internal static class JsonReportFormat
{
    // The default encoder escapes '<' and '>', so the same JSON is safe to embed in the HTML page.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Render(RunReport report) => JsonSerializer.Serialize(report, Options);

    public static RunReport Parse(string json) =>
        JsonSerializer.Deserialize<RunReport>(json, Options) ?? throw new InvalidDataException("the report JSON is empty");
}
