using System.Text.RegularExpressions;

namespace MyNumber.Load.Scenarios.Definition.Json;

/// <summary>
/// Turns a positioned JSON tree into a <see cref="ScenarioDefinition"/>, collecting every problem instead of
/// stopping at the first, so one edit–load cycle shows the author all of them.
/// </summary>
internal sealed partial class ScenarioReader
{
    private readonly string _file;
    private readonly List<ScenarioError> _errors = [];

    private ScenarioReader(string file) => _file = file;

    public static (ScenarioDefinition? Scenario, IReadOnlyList<ScenarioError> Errors) Read(string json, string file)
    {
        var reader = new ScenarioReader(file);
        var root = PositionedJsonParser.Parse(json, (line, column, message) => reader.Error(line, column, "$", message));
        if (root is null) return (null, reader._errors);
        var scenario = reader.ReadScenario(root);
        // Reported in file order, so the list reads top to bottom like the file (the walk finds some late).
        var errors = reader._errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return errors.Count == 0 ? (scenario, errors) : (null, errors);
    }

    internal static string ChildPath(string parent, string name) =>
        IdentifierPattern().IsMatch(name) ? $"{parent}.{name}" : $"{parent}[\"{name}\"]";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ScenarioNamePattern();

    private void Error(int line, int column, string path, string message) =>
        _errors.Add(new ScenarioError(_file, line, column, path, message));

    private void Error(PositionedNode node, string path, string message) => Error(node.Line, node.Column, path, message);

    /// <summary>Checks that <paramref name="node"/> is an object with the section's fields and no others.</summary>
    private FieldSet? Fields(PositionedNode? node, string path, string section)
    {
        if (node is null) return null;
        if (node.Kind != JsonKind.Object)
        {
            Error(node, path, $"expected an object, got {node.KindName}");
            return null;
        }
        var rules = ScenarioFormat.Sections[section];
        var fields = new FieldSet(node, path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in node.Properties)
        {
            var propertyPath = ChildPath(path, property.Name);
            if (!seen.Add(property.Name))
            {
                Error(property.Line, property.Column, propertyPath, $"field \"{property.Name}\" appears more than once");
            }
            else if (!rules.Allows(property.Name))
            {
                var hint = Suggestions.DidYouMean(property.Name, rules.All);
                Error(property.Line, property.Column, propertyPath, hint.Length > 0
                    ? $"unknown field \"{property.Name}\"{hint}"
                    : $"unknown field \"{property.Name}\"; allowed here: {string.Join(", ", rules.All)}");
            }
            else
            {
                fields.Add(property);
            }
        }
        foreach (var name in rules.Required.Where(r => !seen.Contains(r)))
        {
            Error(node, ChildPath(path, name), "required field is missing");
        }
        return fields;
    }

    private ScenarioDefinition? ReadScenario(PositionedNode root)
    {
        var f = Fields(root, "$", "scenario");
        if (f is null) return null;

        var name = String(f, "name");
        if (name is not null && !ScenarioNamePattern().IsMatch(name))
        {
            Error(f["name"]!, f.PathOf("name"), $"\"{name}\" is not a valid scenario name: use lower-case letters, digits and single hyphens");
        }
        var description = String(f, "description");
        var calibration = Array(f, "calibration", ReadCalibrationReference, minimum: 1);
        var notes = Array(f, "notes", (node, path) => StringValue(node, path));
        var population = ReadPopulation(f["population"], f.PathOf("population"));
        var calendar = ReadCalendar(f["calendar"], f.PathOf("calendar"));
        var clock = ReadClock(f["clock"], f.PathOf("clock"));
        var arrivals = ReadArrivals(f["arrivals"], f.PathOf("arrivals"));
        var operations = ReadOperations(f["operations"], f.PathOf("operations"));
        var rate = ReadRate(f["rate"], f.PathOf("rate"));
        var schedule = Array(f, "schedule", (node, path) => ReadScheduleEntry(node, path, calendar));
        CheckScheduleOrder(f, schedule);
        var counters = ReadCounters(f["counters"], f.PathOf("counters"));
        var kiosks = ReadKiosks(f["kiosks"], f.PathOf("kiosks"));
        var facilities = ReadFacilityMix(f["facilityMix"], f.PathOf("facilityMix"));
        var faults = Array(f, "faults", (node, path) => ReadFault(node, path, calendar));
        var thresholds = Array(f, "thresholds", (node, path) => ReadThreshold(node, path, operations));
        var outputs = Array(f, "outputs", ReadOutput);
        var warmUp = Duration(f, "warmUp", allowZero: true);
        var duration = Duration(f, "duration", allowZero: false);
        CheckCapacityCoversMix(f, operations, counters);

        if (name is null || description is null || population is null || calendar is null || clock is null
            || arrivals is null || operations is null || rate is null || warmUp is null || duration is null)
        {
            return null;
        }
        return new ScenarioDefinition
        {
            Name = name,
            Description = description,
            Calibration = calibration,
            Notes = notes,
            Population = population,
            Calendar = calendar,
            Clock = clock,
            Arrivals = arrivals,
            Operations = operations,
            Rate = rate,
            Schedule = schedule,
            Counters = counters,
            Kiosks = kiosks,
            Facilities = facilities,
            Faults = faults,
            Thresholds = thresholds,
            Outputs = outputs,
            WarmUp = warmUp.Value,
            Duration = duration.Value,
        };
    }

    private CalibrationReference? ReadCalibrationReference(PositionedNode node, string path)
    {
        var f = Fields(node, path, "calibrationReference");
        if (f is null) return null;
        var title = String(f, "row");
        var date = String(f, "date");
        var section = String(f, "section");
        var figure = String(f, "figure");
        var use = String(f, "use");
        if (title is null || figure is null || use is null) return null;
        var matches = CalibrationCatalog.Match(title, date, section);
        if (matches.Count == 1) return new CalibrationReference(matches[0], figure, use);

        var byTitle = CalibrationCatalog.Match(title, null, null);
        if (byTitle.Count == 0)
        {
            Error(f["row"]!, f.PathOf("row"), $"unknown calibration row \"{title}\": no row of calibration.md has this title"
                + Suggestions.Containing(title, CalibrationCatalog.Rows.Select(r => r.ShortTitle)));
        }
        else if (matches.Count == 0)
        {
            Error(f.Node, path, $"no calibration row \"{title}\" has this date/section; rows with this title: "
                + string.Join("; ", byTitle));
        }
        else
        {
            Error(f["row"]!, f.PathOf("row"), $"calibration row \"{title}\" is ambiguous: add \"date\" or \"section\" to pick one of: "
                + string.Join("; ", matches));
        }
        return null;
    }

    private string? ReadOutput(PositionedNode node, string path)
    {
        var output = StringValue(node, path);
        if (output is not null && !ScenarioFormat.Outputs.Contains(output))
        {
            Error(node, path, $"unknown output \"{output}\"; known outputs: {string.Join(", ", ScenarioFormat.Outputs)}");
            return null;
        }
        return output;
    }
}
