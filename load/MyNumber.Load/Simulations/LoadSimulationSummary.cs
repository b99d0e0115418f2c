using System.Globalization;

namespace MyNumber.Load.Simulations;

/// <summary>
/// A scenario's chain of load simulations in one short line. A short chain is listed in full; a long
/// one (a scenario file's arrival curve becomes one Inject per slice, 96 for a day in 15-minute slices)
/// becomes a count and a range per kind and the total time: "Inject ×90, 12.3–480/s; Pause ×6; over 24 h".
/// </summary>
public static class LoadSimulationSummary
{
    /// <summary>Chains up to this long are listed in full.</summary>
    public const int MaxListed = 4;

    public static string Describe(IReadOnlyList<LoadSimulation> simulations)
    {
        ArgumentNullException.ThrowIfNull(simulations);
        if (simulations.Count <= MaxListed) return string.Join("; ", simulations);
        var parts = new List<string>();
        // GroupBy keeps the order in which kinds first appear, which is the order a reader meets them.
        foreach (var kind in simulations.GroupBy(s => s.Kind))
        {
            string head = string.Create(CultureInfo.InvariantCulture, $"{kind.Key} ×{kind.Count()}");
            string? range = kind.Key switch
            {
                LoadSimulationKind.Pause => null,
                LoadSimulationKind.KeepConstant or LoadSimulationKind.RampingConstant or LoadSimulationKind.IterationsForConstant =>
                    Range(kind.Select(s => (double)s.Copies)) + " copies",
                _ => Range(kind.Select(s => s.RatePerSecond)) + "/s",
            };
            parts.Add(range is null ? head : head + ", " + range);
        }
        var timed = TimeSpan.Zero;
        bool countLimited = false;
        foreach (var s in simulations)
        {
            if (s.Kind == LoadSimulationKind.IterationsForConstant) countLimited = true;
            else if (s.Kind == LoadSimulationKind.IterationsForInject) timed += TimeSpan.FromSeconds(s.Iterations / s.RatePerSecond);
            else timed += s.During;
        }
        string total = "over " + LoadDuration.Format(timed) + (countLimited ? " plus count-limited phases" : "");
        return string.Join("; ", parts) + "; " + total;
    }

    private static string Range(IEnumerable<double> values)
    {
        var all = values.ToList();
        double min = all.Min(), max = all.Max();
        return min == max ? Number(min) : Number(min) + "–" + Number(max);
    }

    private static string Number(double v) => v.ToString(v >= 100 ? "#,0" : v >= 10 ? "0.#" : "0.###", CultureInfo.InvariantCulture);
}
