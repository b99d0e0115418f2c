using MyNumber.Silo.Bench;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cli.Bench;

/// <summary>
/// The cluster figures (issue 7) against a PostgreSQL named by <c>MYNUMBER_PG</c>: PostgreSQL-profile write
/// rate against raw Npgsql upserts, throughput with 1 and 3 silo processes, and time from a silo kill to
/// full service. Silo processes run this same <c>mynumber</c> build.
/// </summary>
public static class ClusterFigures
{
    public static async Task<IReadOnlyList<BenchFigure>> MeasureAsync(BenchSettings settings, CancellationToken cancel)
    {
        var connection = Environment.GetEnvironmentVariable("MYNUMBER_PG");
        if (string.IsNullOrWhiteSpace(connection))
            throw new BenchUnavailableException("MYNUMBER_PG is not set (an Npgsql connection string to a database with silo-config/sql applied)");
        var dll = Path.Combine(AppContext.BaseDirectory, "mynumber.dll");
        var figures = await ClusterBench.MeasureAsync(dll, connection, settings.Duration, Path.Combine(settings.WorkDirectory, "cluster"), cancel);
        return [.. figures.Select(From)];
    }

    private static BenchFigure From(FleetFigure f) =>
        new(f.Name, Math.Round(f.Value, 2), f.Unit, Math.Round(f.Baseline, 2),
            (f.HigherIsBetter ? "ratio ≥ " : "ratio ≤ ") + f.Goal.ToString(System.Globalization.CultureInfo.InvariantCulture), f.Met,
            "silo processes on loopback against PostgreSQL; baseline measured in the same run");
}
