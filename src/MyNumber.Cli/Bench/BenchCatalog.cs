using MyNumber.Jpki.Benchmarks;
using MyNumber.Load.Benchmarks;

namespace MyNumber.Cli.Bench;

/// <summary>Every figure group of <c>mynumber bench</c>, one entry each: add a new group here.</summary>
public static class BenchCatalog
{
    public static IReadOnlyList<BenchGroup> All() =>
    [
        new("engine", "load engine: overhead per iteration, schedule lag at 20,000/s, heap growth at 5,000/s", EngineFigures),
        new("jpki", "certificate authority: clinic verification vs raw RSA verify, issuance vs BouncyCastle RSA", JpkiFigures),
        new("fleet", "grains: PIN verify and state change vs no-op call rate, memory per card grain vs trivial grain", FleetFigures.MeasureAsync),
        new("harness", "scenario harness: replay speed of a Bunkyo peak day, national clinic peak on one box", HarnessFigures.MeasureAsync),
        new("cluster", "PostgreSQL cluster: profile write rate vs raw Npgsql upsert, 1 vs 3 silos, silo kill to full service", ClusterFigures.MeasureAsync),
        new("bridge", "attached card: share of a clinic check by PIN spent in the chip", BridgeFigures.MeasureAsync),
        new("smartcard", "the chip: APDU round trip through pcscd + vpcd, signatures per second", SmartCardFigures.MeasureAsync),
    ];

    private static Task<IReadOnlyList<BenchFigure>> EngineFigures(BenchSettings settings, CancellationToken cancel) => Task.Run(() =>
    {
        var soak = settings.Full ? TimeSpan.FromMinutes(30) : TimeSpan.FromTicks(settings.Duration.Ticks * 10);
        IReadOnlyList<BenchFigure> figures =
        [
            From("engine.overhead", EngineBenchmarks.EngineOverhead(settings.Duration)),
            From("engine.schedule-lag", EngineBenchmarks.ScheduleLag(20_000, settings.Duration)),
            From("engine.memory", EngineBenchmarks.MemoryGrowth(5_000, soak)),
        ];
        return figures;
    }, cancel);

    private static Task<IReadOnlyList<BenchFigure>> JpkiFigures(BenchSettings settings, CancellationToken cancel) => Task.Run(() =>
    {
        var bench = CryptoBenchmarks.Create(Path.Combine(settings.WorkDirectory, "keys"));
        IReadOnlyList<BenchFigure> figures = [.. bench.RunAll(settings.Duration).Select(From)];
        return figures;
    }, cancel);

    private static BenchFigure From(string name, BenchmarkResult r) =>
        new(name, r.Value, r.Unit, r.Baseline, r.Goal, r.GoalMet, $"{r.Name}: {r.Detail}");

    private static BenchFigure From(CryptoFigure f) =>
        new(f.Name, f.Value, f.Unit, f.Baseline, $"ratio ≥ {f.Goal}", f.Met, "baseline measured in the same run on all cores");
}
