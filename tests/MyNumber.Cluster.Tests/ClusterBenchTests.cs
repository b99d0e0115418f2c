using System.Globalization;
using MyNumber.Cluster.Tests.Fixtures;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class ClusterBenchTests
{
    /// <summary>
    /// Runs the scale-out figures once (about a minute) and writes them among the artifacts; only with
    /// MYNUMBER_CLUSTER_BENCH=1, so the suite stays short.
    /// </summary>
    [ClusterBenchFact(DisplayName = "Cluster bench: PostgreSQL write ratio, 1 vs 3 silos, kill recovery (MYNUMBER_CLUSTER_BENCH=1)")]
    public async Task FiguresAreMeasured()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        await using var db = await TestDatabase.CreateAsync(timeout.Token);
        var dir = RepoPaths.NewArtifactDirectory("bench");
        var figures = await ClusterBench.MeasureAsync(RepoPaths.MyNumberDll, db.ConnectionString, TimeSpan.FromSeconds(5), dir, timeout.Token);
        var c = CultureInfo.InvariantCulture;
        await File.WriteAllLinesAsync(Path.Combine(dir, "figures.txt"), figures.Select(f =>
            string.Create(c, $"{f.Name} value {f.Value:F1} {f.Unit} baseline {f.Baseline:F1} ratio {f.Ratio:F2} goal {f.Goal} met {f.Met}")));
        Assert.Equal(3, figures.Count);
        Assert.All(figures, f => Assert.True(double.IsFinite(f.Value) && f.Baseline > 0, f.Name));
    }
}
