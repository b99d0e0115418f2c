namespace MyNumber.Load.Scenarios.Tests;

/// <summary>
/// A small valid scenario, one field per line, that the malformed-file tests break one line at a time.
/// </summary>
internal static class MinimalScenario
{
    public const string Json = """
        {
          "name": "minimal",
          "description": "smallest valid scenario",
          "calibration": [
            { "row": "Peak daily applications", "figure": "1.19M/day", "use": "rate" }
          ],
          "population": {
            "size": "bunkyo",
            "seed": 1,
            "ageMix": { "0-14": 0.117, "15-17": 0.024, "18-64": 0.684, "65+": 0.175 },
            "nationalityMix": { "japanese": 0.96, "foreign": 0.04 },
            "cardHolding": 0.7
          },
          "calendar": { "start": "2023-02-28", "end": "2023-03-01" },
          "clock": { "mode": "accelerated", "factor": 1440 },
          "arrivals": {
            "hourOfDay": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
            "weekday": { "mon": 1, "tue": 1, "wed": 1, "thu": 1, "fri": 1, "sat": 1, "sun": 1 }
          },
          "operations": { "apply-online": 0.6, "handover": 0.4 },
          "rate": { "perDay": 1310000, "reference": "national" },
          "counters": {
            "windowsPerMunicipality": 4,
            "opens": "08:30",
            "closes": "17:15",
            "serviceTimes": { "handover": "10m" }
          },
          "thresholds": [
            { "metric": "latency-p99", "comparison": "<=", "value": "50ms" }
          ],
          "warmUp": "5s",
          "duration": "60s"
        }
        """;

    /// <summary>The 1-based line of the first line containing <paramref name="text"/>.</summary>
    public static int LineOf(string json, string text)
    {
        var lines = json.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(text, StringComparison.Ordinal)) return i + 1;
        }
        throw new ArgumentException($"\"{text}\" is not in the scenario");
    }

    /// <summary>The minimal scenario with the first occurrence of <paramref name="from"/> replaced.</summary>
    public static string With(string from, string to)
    {
        var at = Json.IndexOf(from, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"\"{from}\" is not in the scenario");
        return Json[..at] + to + Json[(at + from.Length)..];
    }
}
