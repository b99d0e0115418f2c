namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>
/// A test that needs the PostgreSQL of scripts/services/postgres.sh. Without MYNUMBER_PG it is skipped,
/// unless CI is set: then it runs and fails, because CI must test the postgres profile.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresCluster.ConnectionString is null && Environment.GetEnvironmentVariable("CI") is null)
        {
            Skip = "MYNUMBER_PG is not set: run ./test.sh, which starts PostgreSQL (scripts/services/postgres.sh)";
        }
    }

    public static void RequireDatabase() => Assert.True(PostgresCluster.ConnectionString is not null,
        "MYNUMBER_PG is not set but CI is: scripts/services/postgres.sh did not start PostgreSQL");
}
