namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>Where the repository, the built command line and this run's artifacts are.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SiloConfig => Path.Combine(Root, "silo-config");

    public static string SqlScripts => Path.Combine(SiloConfig, "sql");

    /// <summary>mynumber.dll as the build put it next to these tests (the project references the CLI).</summary>
    public static string MyNumberDll
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "mynumber.dll");
            if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json"))) return beside;
            var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            var built = Path.Combine(Root, "src", "MyNumber.Cli", "bin", configuration, "net10.0", "mynumber.dll");
            return File.Exists(built) ? built : throw new FileNotFoundException("mynumber.dll not built", built);
        }
    }

    /// <summary>A fresh directory for one test's logs and run log, under the test run directory when there is one.</summary>
    public static string NewArtifactDirectory(string name)
    {
        var root = Environment.GetEnvironmentVariable("MYNUMBER_TEST_RUN_DIR") ?? Path.GetTempPath();
        var dir = Path.Combine(root, "cluster-tests", $"{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid().ToString("N")[..6]}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MyNumberGrains.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("MyNumberGrains.sln not found above " + AppContext.BaseDirectory);
    }
}
