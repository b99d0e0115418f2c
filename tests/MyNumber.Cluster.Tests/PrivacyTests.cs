using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Contracts;
using MyNumber.Domain.Identity;
using MyNumber.Grains.Population;
using MyNumber.Silo.Cluster;
using MyNumber.Silo.Verification;
using Npgsql;

namespace MyNumber.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed partial class PrivacyTests
{
    [ClusterFact(DisplayName = "Privacy: no full My Number and no PIN in the clear in any artifact of a cluster run (logs, run log, stored rows)")]
    public async Task NothingInTheClear()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = timeout.Token;
        await using var rig = await ClusterRig.StartAsync("privacy", 1, ct);
        var population = rig.ClientServices.GetRequiredService<PopulationGenerator>();
        var cards = await CardToggleWorkload.FindActiveCardsAsync(rig.Client, 16, 3_000, ct);
        var pins = cards.ToDictionary(k => k, k => FleetKeys.TryParseCard(k, out var i, out _) ? population.Pins(i).FourDigits : null);
        var logPath = Path.Combine(rig.Artifacts, "ack.jsonl");
        using (var log = new AcknowledgedLogWriter(logPath, "mynumber"))
        {
            var run = await new CardToggleWorkload(rig.Client, cards, log, k => pins[k]).RunAsync(4, TimeSpan.FromSeconds(4), ct);
            Assert.True(run.Acknowledged > 10, $"only {run.Acknowledged} operations acknowledged");
        }
        rig.Silos[0].Dispose();

        var artifacts = new List<(string Where, string Text)>();
        foreach (var file in Directory.GetFiles(rig.Artifacts, "*", SearchOption.AllDirectories))
            artifacts.Add((Path.GetFileName(file), await File.ReadAllTextAsync(file, ct)));
        artifacts.AddRange(await StoredRowsAsync(rig.Database.ConnectionString, ct));
        Assert.Contains(artifacts, a => a.Where.StartsWith("orleansstorage", StringComparison.Ordinal));

        var numbers = artifacts.SelectMany(a => TwelveDigits().Matches(a.Text)
            .Where(m => IndividualNumber.TryParse(m.Value, out _)).Select(m => $"{a.Where}: a valid My Number at {m.Index}")).ToList();
        Assert.True(numbers.Count == 0, string.Join("\n", numbers));
        var used = pins.Values.OfType<string>().ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(used);
        var leaks = artifacts.SelectMany(a => PinContext().Matches(a.Text).Where(m => used.Contains(m.Groups[1].Value))
            .Select(m => $"{a.Where}: '{m.Value}'")).ToList();
        leaks.AddRange(artifacts.Where(a => a.Where.StartsWith("orleansstorage", StringComparison.Ordinal))
            .SelectMany(a => JsonValues(a.Text).Where(used.Contains).Select(_ => $"{a.Where}: a PIN as a stored value")));
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static async Task<List<(string, string)>> StoredRowsAsync(string connectionString, CancellationToken ct)
    {
        var rows = new List<(string, string)>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "SELECT graintypestring, coalesce(grainidextensionstring, ''), payloadbinary FROM orleansstorage", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var payload = reader.IsDBNull(2) ? "" : Encoding.UTF8.GetString((byte[])reader[2]);
            rows.Add(($"orleansstorage {reader.GetString(0)}/{reader.GetString(1)}", reader.GetString(1) + " " + payload));
        }
        return rows;
    }

    /// <summary>Every string and number value in the JSON payload of a stored row.</summary>
    private static IEnumerable<string> JsonValues(string text)
    {
        var json = text[(text.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        if (json.Length == 0) return [];
        using var doc = JsonDocument.Parse(json);
        var values = new List<string>();
        Walk(doc.RootElement, values);
        return values;
    }

    private static void Walk(JsonElement e, List<string> values)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value, values); break;
            case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i, values); break;
            case JsonValueKind.String: values.Add(e.GetString()!); break;
            case JsonValueKind.Number: values.Add(e.GetRawText()); break;
        }
    }

    [GeneratedRegex(@"(?<!\d)\d{12}(?!\d)")]
    private static partial Regex TwelveDigits();

    [GeneratedRegex(@"(?i)pin\W{0,20}(\d{4})(?!\d)")]
    private static partial Regex PinContext();
}
