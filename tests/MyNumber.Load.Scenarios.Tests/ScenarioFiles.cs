namespace MyNumber.Load.Scenarios.Tests;

/// <summary>The shipped scenario files, copied next to the tests by the project file.</summary>
internal static class ScenarioFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static string SchemaPath => Path.Combine(Directory, "scenario.schema.json");

    public static IReadOnlyList<string> All =>
        System.IO.Directory.GetFiles(Directory, "*.json")
            .Where(p => Path.GetFileName(p) != "scenario.schema.json")
            .Order(StringComparer.Ordinal)
            .ToList();

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in All) data.Add(Path.GetFileNameWithoutExtension(path));
            return data;
        }
    }

    public static string PathOf(string name) => Path.Combine(Directory, name + ".json");
}
