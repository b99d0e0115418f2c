using System.Globalization;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Cli.Scenarios;

/// <summary>
/// The scenario's faults as the silo's "Faults" section. Silo kills are not a silo setting (only a
/// harness with silo processes can kill one), and kinds no grain injects yet only appear on the timeline.
/// </summary>
public static class FaultArguments
{
    /// <summary>The kinds the fleet injects, by the scenario file's name.</summary>
    public static IReadOnlyDictionary<FaultKind, string> Injected { get; } = new Dictionary<FaultKind, string>
    {
        [FaultKind.RenewalFunctionOutage] = "renewal-function-outage",
        [FaultKind.CaOutage] = "ca-outage",
        [FaultKind.StorageLatency] = "storage-latency",
        [FaultKind.StorageOutage] = "storage-outage",
        [FaultKind.BackendLatency] = "backend-latency",
    };

    public static IEnumerable<string> For(FleetSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var c = CultureInfo.InvariantCulture;
        int i = 0;
        foreach (var fault in setup.Faults)
        {
            if (!Injected.TryGetValue(fault.Kind, out var kind)) continue;
            yield return $"--Faults:Windows:{i}:Kind={kind}";
            yield return $"--Faults:Windows:{i}:Start={fault.At.ToString("o", c)}";
            yield return $"--Faults:Windows:{i}:End={(fault.At + fault.Duration).ToString("o", c)}";
            if (fault.Latency is { } latency) yield return $"--Faults:Windows:{i}:LatencyMs={latency.TotalMilliseconds.ToString("R", c)}";
            i++;
        }
    }

    /// <summary>
    /// One line per fault of <paramref name="setup"/> that stops the run: a silo kill needs silo processes to
    /// kill. Other kinds this build does not inject run anyway and are marked "not injected" on the timeline.
    /// </summary>
    public static IReadOnlyList<string> Problems(FleetSetup setup, bool cluster)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return cluster ? [] : [.. setup.Faults.Where(f => f.Kind == FaultKind.SiloKill)
            .Select(_ => "fault silo-kill needs a cluster of silo processes to kill one: run with --cluster <config>")];
    }
}
