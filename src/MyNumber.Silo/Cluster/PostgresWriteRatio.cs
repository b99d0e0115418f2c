using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Grains.Population;
using Npgsql;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// The PostgreSQL-profile write figure: grain state writes/s of an in-process silo of the <c>postgres</c>
/// profile (Orleans ADO.NET storage, this project's SQL) ÷ raw Npgsql upserts/s, same server, same number of
/// connections in flight.
/// <para>
/// Why in-process and interleaved: the figure is the storage provider's overhead. Through a client and a
/// silo process it also paid two gateway hops per write on the same 2 cores, and measured one after the
/// other the two halves saw different machine load (other builds came and went). Here the grain calls are
/// local, and short slices of each alternate, so drift in load hits both sides alike.
/// </para>
/// </summary>
public static class PostgresWriteRatio
{
    private const int InFlight = 16;
    private const int Cards = 64;
    private const int Slices = 6;

    public sealed record Result(double GrainWritesPerSecond, double RawUpsertsPerSecond, int InFlight, int PayloadBytes);

    public static async Task<Result> MeasureAsync(string connectionString, TimeSpan total, CancellationToken cancellationToken)
    {
        var serviceId = "bench-pg-" + Guid.NewGuid().ToString("N")[..8];
        using var silo = SiloHost.Build("postgres",
        [
            $"--Silo:ServiceId={serviceId}",
            $"--Silo:ConnectionString={connectionString}",
            $"--Silo:ClusterId=bench-pg-{Guid.NewGuid().ToString("N")[..8]}",
            $"--Silo:SiloPort={FreePorts.Next()}",
            $"--Silo:GatewayPort={FreePorts.Next()}",
        ]);
        await silo.StartAsync(cancellationToken);
        try
        {
            var grains = silo.Services.GetRequiredService<IGrainFactory>();
            var population = silo.Services.GetRequiredService<PopulationGenerator>();
            var first = 10_000_000L + Random.Shared.Next(1_000_000) * 100L;
            var cards = await CardToggleWorkload.FindActiveCardsAsync(grains, Cards, first, cancellationToken);
            // Warm both paths (activations, first reads, JIT, pooled connections) outside the measurement.
            var warm = TimeSpan.FromMilliseconds(500);
            await PinFlipWorkload.WritesAsync(grains, population, cards, InFlight, warm, cancellationToken);
            // The raw rows carry as many bytes as the card states just written, so both write the same volume,
            // through the connection string the silo's storage uses (same pool size, reset and preparation).
            var siloConnection = (silo.Services.GetRequiredService<IConfiguration>().GetSection(SiloProfile.SectionName)
                .Get<SiloProfile>() ?? new SiloProfile()).ResolveConnectionString();
            await using var table = await RawUpsert.ScratchTable.CreateAsync(siloConnection, cancellationToken,
                await StoredPayloadBytesAsync(connectionString, serviceId, cancellationToken));
            await table.UpsertsAsync(InFlight, warm, cancellationToken);

            var slice = total / (2 * Slices);
            long grainWrites = 0, rawUpserts = 0;
            TimeSpan grainTime = TimeSpan.Zero, rawTime = TimeSpan.Zero;
            for (var i = 0; i < Slices; i++)
            {
                var clock = Stopwatch.StartNew();
                rawUpserts += await table.UpsertsAsync(InFlight, slice, cancellationToken);
                rawTime += clock.Elapsed;
                clock.Restart();
                grainWrites += await PinFlipWorkload.WritesAsync(grains, population, cards, InFlight, slice, cancellationToken);
                grainTime += clock.Elapsed;
            }
            return new Result(grainWrites / grainTime.TotalSeconds, rawUpserts / rawTime.TotalSeconds, InFlight, table.PayloadBytes);
        }
        finally
        {
            await silo.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> StoredPayloadBytesAsync(string connectionString, string serviceId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var query = new NpgsqlCommand(
            "SELECT coalesce(avg(length(payloadbinary)), 0)::integer FROM orleansstorage WHERE serviceid = @service", connection);
        query.Parameters.AddWithValue("service", serviceId);
        var bytes = (int)(await query.ExecuteScalarAsync(cancellationToken) ?? 0);
        return Math.Max(bytes, 1);
    }
}
