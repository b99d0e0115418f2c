using System.Diagnostics;
using Npgsql;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// The baseline of the PostgreSQL write figure: plain Npgsql upserts of a card-sized payload into a
/// scratch table, with as many in flight as the grain workload has, on the same server in the same run.
/// </summary>
public static class RawUpsert
{
    private const int Rows = 1_000;
    private const int PayloadBytes = 400;

    public static async Task<double> RatePerSecondAsync(string connectionString, int inFlight, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        await using var source = NpgsqlDataSource.Create(connectionString);
        await using (var create = source.CreateCommand(
            "CREATE TABLE IF NOT EXISTS mn_bench_upsert (id integer PRIMARY KEY, payload bytea NOT NULL, version integer NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        long done = 0;
        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, inFlight).Select(w => Task.Run(async () =>
        {
            await using var connection = await source.OpenConnectionAsync(cancellationToken);
            for (var i = w; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i += inFlight)
            {
                await using var upsert = new NpgsqlCommand(
                    "INSERT INTO mn_bench_upsert (id, payload, version) VALUES (@id, @payload, 1) " +
                    "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, version = mn_bench_upsert.version + 1", connection);
                upsert.Parameters.AddWithValue("id", i % Rows);
                upsert.Parameters.AddWithValue("payload", payload);
                await upsert.ExecuteNonQueryAsync(cancellationToken);
                Interlocked.Increment(ref done);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        var rate = done / clock.Elapsed.TotalSeconds;
        await using (var drop = source.CreateCommand("DROP TABLE IF EXISTS mn_bench_upsert"))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        return rate;
    }
}
