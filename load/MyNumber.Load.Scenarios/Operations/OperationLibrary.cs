using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// Every operation of <see cref="OperationCatalog"/> this build can drive, and for the others why not.
/// A scenario naming an unsupported operation is refused before the run, never half-run.
/// </summary>
public static class OperationLibrary
{
    private static readonly Dictionary<string, FleetOperation> Supported =
        CounterOperations.All().Concat(ClinicOperations.All()).Concat(RecordOperations.All()).Concat(KioskOperations.All()).ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> SupportedNames => Supported.Keys;

    public static bool TryGet(string name, out FleetOperation operation)
    {
        var found = Supported.TryGetValue(name, out var op);
        operation = op!;
        return found;
    }

    public static FleetOperation Get(string name) =>
        TryGet(name, out var op) ? op : throw new InvalidOperationException($"operation {name} is not supported by this build: {WhyUnsupported(name)}");

    public static string WhyUnsupported(string name) =>
        OperationCatalog.TryGet(name, out _) ? "no grain path for it in this build" : "not in the operation catalogue";

    /// <summary>One line per operation of the scenario's mix that this build cannot run (empty when all can).</summary>
    public static IReadOnlyList<string> UnsupportedIn(ScenarioDefinition scenario) =>
        [.. scenario.Operations.Where(o => o.Share > 0 && !Supported.ContainsKey(o.Operation))
            .Select(o => $"operation \"{o.Operation}\" is not supported by this build: {WhyUnsupported(o.Operation)}")];

    /// <summary>Runs the operation; an exception becomes a fault outcome named by its type.</summary>
    public static async Task<OperationOutcome> ExecuteAsync(FleetOperation operation, FleetConnection fleet, OperationInput input)
    {
        try
        {
            return await operation.Execute(fleet, input).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return OperationOutcome.Fault(e);
        }
    }
}
