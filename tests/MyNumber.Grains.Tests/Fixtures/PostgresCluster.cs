namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>
/// Grain storage on the real PostgreSQL that scripts/services/postgres.sh starts (MYNUMBER_PG), with the
/// project's schema and the silo host's serializer choice.
/// </summary>
public sealed class PostgresCluster : FleetCluster
{
    public static string? ConnectionString => Environment.GetEnvironmentVariable("MYNUMBER_PG");

    public override Task InitializeAsync() =>
        ConnectionString is null ? Task.CompletedTask : base.InitializeAsync();

    public override Task DisposeAsync() =>
        ConnectionString is null ? Task.CompletedTask : base.DisposeAsync();

    protected override void ConfigureStorage(ISiloBuilder silo)
    {
        silo.AddAdoNetGrainStorage("store", o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = ConnectionString;
        });
        silo.UseSystemTextJsonGrainStorageSerializer();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresCluster>
{
    public const string Name = "postgres cluster";
}
