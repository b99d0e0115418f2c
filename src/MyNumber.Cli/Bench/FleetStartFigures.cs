using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MyNumber.Contracts;
using MyNumber.Contracts.Clinic;
using MyNumber.Grains.Jpki;
using MyNumber.Silo;

namespace MyNumber.Cli.Bench;

/// <summary>
/// How soon a 1 M-resident fleet does real work: seconds from starting an in-process silo until the first
/// 1,000 face-path clinic verifications (certificate read, chain, revocation) have succeeded on random
/// residents. The time includes building the JPKI authority and the card key pool (CardKeyPool: pooled real
/// RSA-2048 keys, loaded from the silo's key cache or generated into it; the detail says how many were
/// generated in the run). Baseline: the same silo started with an empty fleet, in the same run. The goal is absolute.
/// </summary>
public static class FleetStartFigures
{
    public const int Verifications = 1_000;
    private const int Workers = 100;
    private const int Readers = 64;
    private static readonly TimeSpan GiveUp = TimeSpan.FromMinutes(3);

    public static async Task<BenchFigure> MeasureAsync(long residents, CancellationToken cancel)
    {
        var (empty, _, _) = await StartAndVerifyAsync(0, 0, cancel);
        var (start, attempts, generated) = await StartAndVerifyAsync(residents, Verifications, cancel);
        var seconds = start.TotalSeconds;
        return new BenchFigure("fleet.million-card-start", Math.Round(seconds, 2), "s", Math.Round(empty.TotalSeconds, 2), "≤ 60 s",
            seconds <= 60, string.Create(CultureInfo.InvariantCulture,
                $"{residents:N0} residents, {generated} pool keys generated in the run (others from the key cache), {Verifications:N0} face-path verifications succeeded of {attempts:N0} random residents tried; baseline: silo start with an empty fleet"));
    }

    /// <summary>Starts a silo, runs face-path checks on random residents until <paramref name="wanted"/> succeed, stops it.</summary>
    private static async Task<(TimeSpan Elapsed, long Attempts, int KeysGenerated)> StartAndVerifyAsync(long residents, int wanted, CancellationToken cancel)
    {
        var watch = Stopwatch.StartNew();
        using var host = Build(residents);
        await host.StartAsync(cancel).ConfigureAwait(false);
        long attempts = 0, succeeded = 0;
        var generated = 0;
        try
        {
            if (wanted > 0)
            {
                // The key source is built before the first call, not inside one: a grain call times out at 30 s.
                var jpki = host.Services.GetRequiredService<JpkiServices>();
                generated = await Task.Run(() => jpki.Authority is not null ? jpki.CardKeys.KeysGenerated : 0, cancel).ConfigureAwait(false);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                limit.CancelAfter(GiveUp);
                var grains = host.Services.GetRequiredService<IGrainFactory>();
                await Task.WhenAll(Enumerable.Range(0, Workers).Select(async worker =>
                {
                    var random = new Random(worker);
                    var reader = grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader($"start-{worker % Readers}"));
                    while (Interlocked.Read(ref succeeded) < wanted)
                    {
                        limit.Token.ThrowIfCancellationRequested();
                        Interlocked.Increment(ref attempts);
                        var card = FleetKeys.Card(random.NextInt64(residents), 0);
                        var answer = await reader.ConfirmEligibilityAsync(card, ClinicIdentificationMethod.FaceMatch, null).ConfigureAwait(false);
                        if (answer.Eligible) Interlocked.Increment(ref succeeded);
                    }
                })).ConfigureAwait(false);
            }

            return (watch.Elapsed, attempts, generated);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static IHost Build(long residents)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Silo:Profile"] = "bench", ["Silo:Backend"] = SiloProfile.Memory, ["Silo:ClusterId"] = "bench-start",
            ["Silo:SiloPort"] = FreePort(), ["Silo:GatewayPort"] = FreePort(),
            ["Population:Size"] = residents.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var builder = Host.CreateApplicationBuilder();
        // A silo stopped seconds after its start cancels the reminder service's first table read, which Orleans
        // logs as errors: expected here, so not printed into the bench's output.
        builder.Logging.SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Orleans.Runtime.ReminderService", LogLevel.Critical).AddFilter("Orleans.Messaging", LogLevel.Critical);
        builder.UseOrleans(silo => SiloHostBuilder.Configure(silo, config));
        return builder.Build();
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
    }
}
