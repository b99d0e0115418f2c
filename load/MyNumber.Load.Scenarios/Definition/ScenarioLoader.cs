using MyNumber.Load.Scenarios.Definition.Json;

namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Reads scenario files strictly: unknown fields, wrong types, missing fields and out-of-range values are all
/// errors, and all of them are reported at once, each with file, line, column and JSON path.
/// </summary>
public static class ScenarioLoader
{
    public const string FileExtension = ".json";

    /// <summary>Validates <paramref name="json"/>; <paramref name="fileName"/> only labels the errors.</summary>
    public static ScenarioLoadResult Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (scenario, errors) = ScenarioReader.Read(json, fileName);
        return new ScenarioLoadResult(scenario, errors);
    }

    /// <summary>Loads a file and also requires its "name" to match the file name, so a scenario is found by its name.</summary>
    public static ScenarioLoadResult LoadFile(string path)
    {
        var result = Parse(File.ReadAllText(path), path);
        var expected = Path.GetFileNameWithoutExtension(path);
        if (result.Scenario is { } scenario && scenario.Name != expected)
        {
            return new ScenarioLoadResult(null,
                [new ScenarioError(path, 1, 1, "$.name", $"\"{scenario.Name}\" does not match the file name \"{expected}\"")]);
        }
        return result;
    }

    /// <summary>Loads a valid scenario or throws <see cref="ScenarioValidationException"/> listing every error.</summary>
    public static ScenarioDefinition Load(string path) => LoadFile(path).GetScenarioOrThrow();

    /// <summary>
    /// Finds a scenario by name ("kiosk-rush") or path in <paramref name="directory"/>; returns null when there is none.
    /// </summary>
    public static string? Resolve(string nameOrPath, string directory)
    {
        if (File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        var candidate = Path.Combine(directory, nameOrPath.EndsWith(FileExtension, StringComparison.Ordinal) ? nameOrPath : nameOrPath + FileExtension);
        return File.Exists(candidate) ? Path.GetFullPath(candidate) : null;
    }
}
