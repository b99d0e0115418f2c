using Npgsql;

namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>
/// A database of its own for one test on the MYNUMBER_PG server, with the project's schema
/// (silo-config/sql, applied in file order like the postgres service and docker-compose do). Dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _server;

    private TestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(CancellationToken cancellationToken)
    {
        var server = ClusterFactAttribute.RequireConnectionString();
        var db = new TestDatabase(server, "mn_cluster_" + Guid.NewGuid().ToString("N")[..12]);
        await using (var admin = new NpgsqlConnection(db.Admin()))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {db.Name}", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        foreach (var script in Directory.GetFiles(RepoPaths.SqlScripts, "*.sql").Order(StringComparer.Ordinal))
        {
            await using var apply = new NpgsqlCommand(await File.ReadAllTextAsync(script, cancellationToken), connection);
            await apply.ExecuteNonQueryAsync(cancellationToken);
        }
        return db;
    }

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var admin = new NpgsqlConnection(Admin());
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException)
        {
            // The server may be the one a test stopped; the throwaway cluster goes away with the run.
        }
    }

    private string Admin() => new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString;
}
