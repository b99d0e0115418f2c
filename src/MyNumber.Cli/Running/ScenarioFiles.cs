using System.Reflection;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Cli.Running;

/// <summary>Finds scenario files by name in load/scenarios (looked up from the working directory and the binaries) or by path.</summary>
public static class ScenarioFiles
{
    public static string? Directory()
    {
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "load", "scenarios");
                if (System.IO.Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    /// <summary>The scenario, or an exception whose message names the problem (unknown name, or every file error).</summary>
    public static ScenarioDefinition Load(string nameOrPath)
    {
        var directory = Directory();
        var path = ScenarioLoader.Resolve(nameOrPath, directory ?? ".");
        if (path is null)
        {
            var known = directory is null ? "" : " (known: " + string.Join(", ", System.IO.Directory.GetFiles(directory, "*.json")
                .Select(Path.GetFileNameWithoutExtension).Where(n => n != "scenario.schema").Order()) + ")";
            throw new ArgumentException($"scenario: no scenario named or at '{nameOrPath}'{known}");
        }
        var result = ScenarioLoader.LoadFile(path);
        return result.IsValid ? result.Scenario! : throw new ScenarioValidationException(result.Errors);
    }

    /// <summary>This build's version, written into every operation log header.</summary>
    public static string Build() =>
        typeof(ScenarioFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
