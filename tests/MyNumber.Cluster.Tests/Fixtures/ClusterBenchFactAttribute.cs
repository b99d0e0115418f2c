namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>The cluster bench: about a minute, so it runs only with MYNUMBER_CLUSTER_BENCH=1 (and PostgreSQL).</summary>
public sealed class ClusterBenchFactAttribute : FactAttribute
{
    public ClusterBenchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("MYNUMBER_CLUSTER_BENCH") != "1")
            Skip = "the cluster figures take about a minute: set MYNUMBER_CLUSTER_BENCH=1 (mynumber bench measures them)";
        else if (Environment.GetEnvironmentVariable("MYNUMBER_PG") is null)
            Skip = "MYNUMBER_PG is not set: run ./test.sh, which starts PostgreSQL";
    }
}
