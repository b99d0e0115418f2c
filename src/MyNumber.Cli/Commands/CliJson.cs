using System.Text.Encodings.Web;
using System.Text.Json;

namespace MyNumber.Cli.Commands;

/// <summary>JSON output settings: property names as written, nulls kept (a null is an answer), ISO dates.</summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        // Output goes to a terminal or a file, never into HTML: keep apostrophes and Japanese readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
