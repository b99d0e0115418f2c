using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MyNumber.Load.Scenarios.Recording;

/// <summary>
/// The operation log as versioned JSON lines: the header, then one record per operation in arrival order.
/// Written by hand with fixed field order and invariant formats, so equal runs give equal bytes.
/// </summary>
public static class OperationLogFormat
{
    public const string OutcomeFileName = "operations.jsonl";
    public const string LatencyFileName = "operations.latency.jsonl";

    // The relaxed encoder keeps "+09:00" readable; the default one writes "\u002B09:00".
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Header(OperationLogHeader h) => Line(w =>
    {
        w.WriteString("format", OperationLogHeader.Format);
        w.WriteNumber("version", h.Version);
        w.WriteString("scenario", h.Scenario);
        w.WriteNumber("seed", h.Seed);
        w.WriteString("scale", h.Scale);
        w.WriteNumber("residents", h.Residents);
        w.WriteNumber("populationSeed", h.PopulationSeed);
        w.WriteString("build", h.Build);
        w.WriteString("clock", h.ClockMode);
        w.WriteNumber("factor", h.Factor);
        w.WriteString("start", Time(h.SimulatedStart));
        w.WriteString("end", Time(h.SimulatedEnd));
        w.WriteNumber("plannedArrivals", h.PlannedArrivals);
        if (h.Fleet is { } fleet)
        {
            w.WritePropertyName("fleet");
            FleetSetupJson.Write(w, fleet);
        }
    });

    public static string Record(OperationRecord r) => Line(w =>
    {
        w.WriteNumber("seq", r.Sequence);
        w.WriteString("at", Time(r.IntendedAt));
        w.WriteString("op", r.Operation);
        w.WriteString("actor", r.Actor);
        w.WriteStartObject("inputs");
        w.WriteNumber("resident", r.ResidentIndex);
        w.WriteString("variant", r.Variant.ToString("x16", CultureInfo.InvariantCulture));
        w.WriteEndObject();
        w.WriteString("outcome", r.Outcome);
        if (r.Reason is null) w.WriteNull("reason");
        else w.WriteString("reason", r.Reason);
    });

    public static string Latency(long sequence, long latencyMicros, long serviceMicros) => Line(w =>
    {
        w.WriteNumber("seq", sequence);
        w.WriteNumber("latencyUs", latencyMicros);
        w.WriteNumber("serviceUs", serviceMicros);
    });

    public static OperationLogHeader ParseHeader(string line, string file)
    {
        using var doc = Parse(line, file, 1);
        var e = doc.RootElement;
        if (Text(e, "format") != OperationLogHeader.Format)
            throw new FormatException($"{file}:1: not an operation log (format is not \"{OperationLogHeader.Format}\")");
        int version = e.GetProperty("version").GetInt32();
        if (version != OperationLogHeader.CurrentVersion)
            throw new FormatException($"{file}:1: operation log version {version} is not supported (this build reads {OperationLogHeader.CurrentVersion})");
        return new OperationLogHeader(version, Text(e, "scenario"), e.GetProperty("seed").GetUInt64(), Text(e, "scale"),
            e.GetProperty("residents").GetInt64(), e.GetProperty("populationSeed").GetInt64(), Text(e, "build"), Text(e, "clock"),
            e.GetProperty("factor").GetDouble(), DateTimeOffset.Parse(Text(e, "start"), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(Text(e, "end"), CultureInfo.InvariantCulture), e.GetProperty("plannedArrivals").GetInt64())
        {
            Fleet = e.TryGetProperty("fleet", out var fleet) ? FleetSetupJson.Read(fleet) : null,
        };
    }

    public static OperationRecord ParseRecord(string line, string file, int lineNumber)
    {
        using var doc = Parse(line, file, lineNumber);
        var e = doc.RootElement;
        try
        {
            var inputs = e.GetProperty("inputs");
            var reason = e.GetProperty("reason");
            return new OperationRecord(e.GetProperty("seq").GetInt64(), DateTimeOffset.Parse(Text(e, "at"), CultureInfo.InvariantCulture),
                Text(e, "op"), Text(e, "actor"), inputs.GetProperty("resident").GetInt64(),
                ulong.Parse(Text(inputs, "variant"), NumberStyles.HexNumber, CultureInfo.InvariantCulture), Text(e, "outcome"),
                reason.ValueKind == JsonValueKind.Null ? null : reason.GetString());
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"{file}:{lineNumber}: bad operation record: {ex.Message}", ex);
        }
    }

    private static JsonDocument Parse(string line, string file, int lineNumber)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{file}:{lineNumber}: not JSON: {e.Message}", e);
        }
    }

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"\"{name}\" is null");

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

    private static string Line(Action<Utf8JsonWriter> body)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
