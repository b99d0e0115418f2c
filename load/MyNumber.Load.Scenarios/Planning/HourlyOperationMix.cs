using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Planning;

/// <summary>
/// The operation mix hour by hour when the scenario has municipal counters: residents come to a counter
/// only while it is open, so counter operations are moved out of the closed hours into the open ones and
/// the other operations fill the closed hours. A day keeps the file's shares; only their hours change.
/// Without counters, or when the mix is all counter or no counter operations, every hour has the file's mix.
/// </summary>
internal sealed class HourlyOperationMix
{
    private readonly double[][] cumulativeByHour;

    private HourlyOperationMix(double[][] cumulativeByHour) => this.cumulativeByHour = cumulativeByHour;

    /// <summary>Cumulative shares over <paramref name="operations"/> for the Japan-time hour.</summary>
    public double[] At(int hour) => cumulativeByHour[hour];

    public static HourlyOperationMix? For(ScenarioDefinition scenario, IReadOnlyList<OperationShare> mix)
    {
        if (scenario.Counters is not { } counters) return null;
        double total = mix.Sum(o => o.Share);
        bool[] atCounter = [.. mix.Select(o => OperationCatalog.TryGet(o.Operation, out var info) && info.Channel == OperationChannel.Counter)];
        double counterShare = mix.Where((_, i) => atCounter[i]).Sum(o => o.Share) / total;
        double[] open = [.. Enumerable.Range(0, 24).Select(h => OpenFraction(h, counters.Opens, counters.Closes))];
        double openShare = Enumerable.Range(0, 24).Sum(h => scenario.Arrivals.HourShare(h) * open[h]);
        if (counterShare <= 0 || counterShare >= 1 || openShare <= 0) return null;
        var byHour = new double[24][];
        for (int hour = 0; hour < 24; hour++)
        {
            double counterHere = Math.Min(1, counterShare * open[hour] / openShare);
            double running = 0;
            byHour[hour] = [.. mix.Select((o, i) => running += o.Share / total
                * (atCounter[i] ? counterHere / counterShare : (1 - counterHere) / (1 - counterShare)))];
        }
        return new HourlyOperationMix(byHour);
    }

    /// <summary>The part of the hour starting at <paramref name="hour"/> that lies within [opens, closes).</summary>
    private static double OpenFraction(int hour, TimeOnly opens, TimeOnly closes)
    {
        double from = Math.Max(hour, opens.ToTimeSpan().TotalHours);
        double to = Math.Min(hour + 1, closes.ToTimeSpan().TotalHours);
        return Math.Max(0, to - from);
    }
}
