using System.Text.Json;
using MyNumber.Contracts.Cards;
using Npgsql;

namespace MyNumber.Silo.Verification;

/// <summary>
/// Reads card statuses straight from the ADO.NET grain storage table, not through a grain: what is in
/// storage is what survives any silo. Card rows have the state name "card" and the grain key in
/// grainidextensionstring; the payload is the System.Text.Json form of the card's stored state.
/// </summary>
public static class StoredCards
{
    public const string StateName = "card";

    public static async Task<IReadOnlyDictionary<string, CardStatus>> ReadStatusesAsync(
        string connectionString, string serviceId, CancellationToken cancellationToken = default)
    {
        var statuses = new Dictionary<string, CardStatus>(StringComparer.Ordinal);
        // Unpooled: a verification often runs right after a database restart, when pooled connections are dead.
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(unpooled);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT grainidextensionstring, payloadbinary FROM orleansstorage WHERE serviceid = @service AND graintypestring = @state",
            connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("state", StateName);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.IsDBNull(0) || reader.IsDBNull(1)) continue;
            var key = GrainKey(reader.GetString(0));
            if (StatusOf((byte[])reader[1]) is { } status) statuses[key] = status;
        }
        return statuses;
    }

    /// <summary>The card key inside the stored extension string (which may carry the grain type in front).</summary>
    public static string GrainKey(string extension)
    {
        var at = extension.IndexOf("mncard:", StringComparison.Ordinal);
        return at > 0 ? extension[at..] : extension;
    }

    private static CardStatus? StatusOf(byte[] payload)
    {
        using var doc = JsonDocument.Parse(payload);
        if (!TryGet(doc.RootElement, "Value", out var value) || value.ValueKind != JsonValueKind.Object) return null;
        if (!TryGet(value, "Status", out var status)) return null;
        return status.ValueKind == JsonValueKind.Number
            ? (CardStatus)status.GetInt32()
            : Enum.Parse<CardStatus>(status.GetString()!, ignoreCase: true);
    }

    private static bool TryGet(JsonElement e, string name, out JsonElement found)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                found = p.Value;
                return true;
            }
        }
        found = default;
        return false;
    }
}
