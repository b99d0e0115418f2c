using System.Globalization;
using MyNumber.Silo.Bench;

namespace MyNumber.Cli.Bench;

/// <summary>
/// The fleet's figures on one co-hosted silo: PIN verification and PIN-entry state changes against the raw
/// no-op grain call rate (and state changes against a trivial grain's write, the floor of any durable change), and memory per active card grain against a trivial grain with one persistent
/// state (1 M activations with <c>--full</c>, 100 k otherwise), and how soon a cold 1 M-resident fleet has done
/// its first face-path clinic verifications (<see cref="FleetStartFigures"/>).
/// </summary>
public static class FleetFigures
{
    public static async Task<IReadOnlyList<BenchFigure>> MeasureAsync(BenchSettings settings, CancellationToken cancel)
    {
        var callsPerRound = (int)Math.Clamp(settings.Duration.TotalSeconds * 100_000, 50_000, 2_000_000);
        var activations = settings.Full ? 1_000_000 : 100_000;
        IReadOnlyList<FleetFigure> rates;
        FleetFigure memory;
        await using (var bench = await FleetBench.StartAsync(cancel))
        {
            rates = await bench.MeasureRatesAsync(grains: 10_000, calls: callsPerRound);
            memory = await bench.MeasureMemoryAsync(activations);
        }

        // Its own silos, after the bench silo is gone: a cold start must not share a warm one's caches.
        var start = await FleetStartFigures.MeasureAsync(1_000_000, cancel);
        return
        [
            .. rates.Select(f => From(f, $"{callsPerRound:N0} calls per round over 10,000 grains, 200 in flight; baseline: " +
                (f.Name == "fleet.state-change-vs-trivial-write" ? "trivial grain writing its one small state on every call" : "no-op grain call"))),
            From(memory, string.Create(CultureInfo.InvariantCulture,
                $"{activations:N0} activations each; baseline: trivial grain with one persistent state written once")),
            start,
        ];
    }

    private static BenchFigure From(FleetFigure f, string detail) =>
        new(f.Name, Math.Round(f.Value, 1), f.Unit, Math.Round(f.Baseline, 1), (f.HigherIsBetter ? "ratio ≥ " : "ratio ≤ ") + f.Goal.ToString(CultureInfo.InvariantCulture),
            f.Met, detail);
}
