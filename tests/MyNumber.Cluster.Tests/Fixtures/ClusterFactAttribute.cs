namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>
/// A test that runs silos as processes on the PostgreSQL of scripts/services/postgres.sh (MYNUMBER_PG).
/// Without MYNUMBER_PG it is skipped, unless CI is set: then it runs and fails, because CI must test the cluster.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("MYNUMBER_PG") is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "MYNUMBER_PG is not set: run ./test.sh, which starts PostgreSQL (scripts/services/postgres.sh)";
        }
    }

    public static string RequireConnectionString() => Environment.GetEnvironmentVariable("MYNUMBER_PG")
        ?? throw new InvalidOperationException("MYNUMBER_PG is not set but CI is: scripts/services/postgres.sh did not start PostgreSQL");
}
