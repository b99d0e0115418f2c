using System.Text.Json;
using System.Text.Json.Serialization;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Recording;

/// <summary>
/// The "fleet" object of an operation log's header. Serialized by declaration order with invariant formats,
/// so equal setups give equal bytes; enums by name, so a reader can tell a fault kind without the code.
/// </summary>
public static class FleetSetupJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static void Write(Utf8JsonWriter writer, FleetSetup setup) => JsonSerializer.Serialize(writer, setup, Options);

    public static FleetSetup Read(JsonElement element) =>
        element.Deserialize<FleetSetup>(Options) ?? throw new FormatException("\"fleet\" is null");
}
