using System.Globalization;
using System.Text.Json;
using MyNumber.Contracts.Cards;

namespace MyNumber.Silo.Verification;

/// <summary>
/// The acknowledged-operation log as versioned JSON lines: a header line, then one line per operation.
/// Card keys are opaque population indexes; no My Number or PIN is ever written.
/// </summary>
public static class AcknowledgedLog
{
    public const string Format = "mynumber-ack-log";
    public const int Version = 1;

    public static string Header(string serviceId) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["format"] = Format, ["version"] = Version, ["serviceId"] = serviceId,
    });

    public static string Line(AcknowledgedOperation op)
    {
        ArgumentNullException.ThrowIfNull(op);
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["seq"] = op.Sequence, ["card"] = op.CardKey, ["op"] = op.Operation,
            ["expect"] = op.ExpectedStatus.ToString(), ["ack"] = op.Acknowledged,
        });
    }

    /// <summary>True when the file's first line is this log's header.</summary>
    public static bool IsAcknowledgedLog(string firstLine) =>
        firstLine.Contains($"\"format\":\"{Format}\"", StringComparison.Ordinal);

    public static IReadOnlyList<AcknowledgedOperation> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || !IsAcknowledgedLog(lines[0]))
            throw new FormatException($"{path}:1: not an acknowledged-operation log (format is not \"{Format}\")");
        using (var header = JsonDocument.Parse(lines[0]))
        {
            var version = header.RootElement.GetProperty("version").GetInt32();
            if (version != Version)
                throw new FormatException($"{path}:1: acknowledged-operation log version {version} is not supported (this build reads {Version})");
        }
        var ops = new List<AcknowledgedOperation>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(lines[i]);
                var e = doc.RootElement;
                ops.Add(new AcknowledgedOperation(e.GetProperty("seq").GetInt64(), e.GetProperty("card").GetString()!,
                    e.GetProperty("op").GetString()!, Enum.Parse<CardStatus>(e.GetProperty("expect").GetString()!),
                    e.GetProperty("ack").GetBoolean()));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or ArgumentException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{(i + 1).ToString(CultureInfo.InvariantCulture)}: bad record: {ex.Message}", ex);
            }
        }
        return ops;
    }
}
