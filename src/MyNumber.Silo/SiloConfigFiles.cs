using Microsoft.Extensions.Configuration;

namespace MyNumber.Silo;

/// <summary>
/// Finds <c>silo-config/</c> and reads a profile from it. The folder is looked up from the environment
/// variable MYNUMBER_SILO_CONFIG, then upwards from the current directory and from the binaries, so a
/// silo starts from the repository root, from bin/ and from a test run alike.
/// </summary>
public static class SiloConfigFiles
{
    public const string DirectoryVariable = "MYNUMBER_SILO_CONFIG";

    public static string FindDirectory()
    {
        var fromEnv = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return Directory.Exists(fromEnv)
                ? fromEnv
                : throw new DirectoryNotFoundException($"{DirectoryVariable} points at '{fromEnv}', which does not exist.");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "silo-config");
                if (File.Exists(Path.Combine(candidate, "appsettings-local.json"))) return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"silo-config/ not found above '{Directory.GetCurrentDirectory()}'; set {DirectoryVariable}.");
    }

    /// <summary>The profile's settings file, then environment variables, then command-line arguments.</summary>
    public static IConfigurationRoot Load(string profile, string[] args)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(profile);
        var file = Path.Combine(FindDirectory(), $"appsettings-{profile}.json");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No silo profile '{profile}': expected {file}.", file);
        }

        return new ConfigurationBuilder()
            .AddJsonFile(file, optional: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
    }
}
