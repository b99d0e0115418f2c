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
    private const int DefaultPayloadBytes = 400;

    public static async Task<double> RatePerSecondAsync(string connectionString, int inFlight, TimeSpan duration,
        CancellationToken cancellationToken)
    {
        await using var table = await ScratchTable.CreateAsync(connectionString, cancellationToken);
        var clock = Stopwatch.StartNew();
        var done = await table.UpsertsAsync(inFlight, duration, cancellationToken);
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The scratch table, kept for a whole measurement so that short slices can alternate with the grain
    /// workload (both then see the same machine load; see <see cref="PostgresWriteRatio"/>).
    /// </summary>
    public sealed class ScratchTable : IAsyncDisposable
    {
        private readonly NpgsqlDataSource _source;
        private readonly byte[] _payload;

        private ScratchTable(NpgsqlDataSource source, int payloadBytes)
        {
            _source = source;
            _payload = new byte[payloadBytes];
            Random.Shared.NextBytes(_payload);
        }

        public int PayloadBytes => _payload.Length;

        /// <summary>A scratch table whose rows carry <paramref name="payloadBytes"/> (default: a typical card state).</summary>
        public static async Task<ScratchTable> CreateAsync(string connectionString, CancellationToken cancellationToken,
            int payloadBytes = DefaultPayloadBytes)
        {
            var table = new ScratchTable(NpgsqlDataSource.Create(connectionString), payloadBytes);
            await using var create = table._source.CreateCommand(
                "CREATE TABLE IF NOT EXISTS mn_bench_upsert (id integer PRIMARY KEY, payload bytea NOT NULL, version integer NOT NULL)");
            await create.ExecuteNonQueryAsync(cancellationToken);
            return table;
        }

        /// <summary>Upserts with <paramref name="inFlight"/> connections for <paramref name="duration"/>; returns how many.</summary>
        public async Task<long> UpsertsAsync(int inFlight, TimeSpan duration, CancellationToken cancellationToken)
        {
            long done = 0;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, inFlight).Select(w => Task.Run(async () =>
            {
                await using var connection = await _source.OpenConnectionAsync(cancellationToken);
                for (var i = w; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; i += inFlight)
                {
                    await using var upsert = new NpgsqlCommand(
                        "INSERT INTO mn_bench_upsert (id, payload, version) VALUES (@id, @payload, 1) " +
                        "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, version = mn_bench_upsert.version + 1", connection);
                    upsert.Parameters.AddWithValue("id", i % Rows);
                    upsert.Parameters.AddWithValue("payload", _payload);
                    await upsert.ExecuteNonQueryAsync(cancellationToken);
                    Interlocked.Increment(ref done);
                }
            }, cancellationToken)).ToList();
            await Task.WhenAll(workers);
            return done;
        }

        public async ValueTask DisposeAsync()
        {
            await using (var drop = _source.CreateCommand("DROP TABLE IF EXISTS mn_bench_upsert"))
            {
                await drop.ExecuteNonQueryAsync();
            }
            await _source.DisposeAsync();
        }
    }
}
