using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MyNumber.Contracts;
using MyNumber.Contracts.Bench;
using MyNumber.Contracts.Cards;
using MyNumber.Domain.Lifecycle;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;
using Orleans.Configuration;

namespace MyNumber.Silo.Bench;

/// <summary>
/// The fleet's figures for <c>mynumber bench</c>, each with its baseline measured in the same run on one
/// co-hosted silo (memory storage, loopback): fleet operation rate ÷ no-op grain call rate, and memory
/// per active card grain ÷ memory per trivial grain with one persistent state. Private-key work is the
/// chip's and is not in these figures (PIN verification uses no key).
/// </summary>
public sealed class FleetBench : IAsyncDisposable
{
    private const int Workers = 200;
    private readonly IHost _host;
    private readonly PopulationGenerator _population;

    private FleetBench(IHost host)
    {
        _host = host;
        _population = host.Services.GetRequiredService<PopulationGenerator>();
    }

    private IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a bench silo (memory storage, free loopback ports, idle grains kept for an hour).</summary>
    public static async Task<FleetBench> StartAsync(CancellationToken cancellationToken = default)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Silo:Profile"] = "bench", ["Silo:Backend"] = SiloProfile.Memory, ["Silo:ClusterId"] = "bench",
            ["Silo:SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Silo:GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            SiloHostBuilder.Configure(silo, config);
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromHours(1));
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new FleetBench(host);
    }

    /// <summary>
    /// Fleet operation rate (PIN verifications, and PIN entries that change state) ÷ no-op call rate over
    /// <paramref name="grains"/> grains and <paramref name="calls"/> calls each, 200 in flight. Goal ≥ 0.5.
    /// </summary>
    public async Task<IReadOnlyList<FleetFigure>> MeasureRatesAsync(int grains, int calls)
    {
        var cards = ActiveCards(grains);
        var probes = Enumerable.Range(0, grains).Select(i => Grains.GetGrain<IBenchProbeGrain>(i)).ToArray();
        await RunAsync(grains, i => probes[i % grains].PingAsync(i).AsTask());
        await RunAsync(grains, i => VerifyAsync(cards[i % grains], right: true));
        // Alternating rounds, best of each: a busy 2-core machine otherwise favours whichever ran last.
        var writers = Enumerable.Range(0, grains).Select(i => Grains.GetGrain<IBenchStateGrain>(-1 - i)).ToArray();
        await RunAsync(grains, i => writers[i % grains].TouchAsync());
        double noop = 0, verify = 0, change = 0, write = 0;
        for (var round = 0; round < 2; round++)
        {
            noop = Math.Max(noop, await RunAsync(calls, i => probes[i % grains].PingAsync(i).AsTask()));
            verify = Math.Max(verify, await RunAsync(calls, i => VerifyAsync(cards[i % grains], right: true)));
            // A wrong entry then a right one: every call writes the slot's counter (a state change).
            change = Math.Max(change, await RunAsync(calls, i => VerifyAsync(cards[i % grains], right: (i / grains) % 2 == 1)));
            write = Math.Max(write, await RunAsync(calls, i => writers[i % grains].TouchAsync()));
        }

        return
        [
            new FleetFigure("fleet.pin-verify-rate", verify, "ops/s", noop, 0.5, HigherIsBetter: true),
            new FleetFigure("fleet.state-change-rate", change, "ops/s", noop, 0.5, HigherIsBetter: true),
            // What any durable change costs here: a trivial grain writing its one small state on every call.
            new FleetFigure("fleet.state-change-vs-trivial-write", change, "ops/s", write, 0.5, HigherIsBetter: true),
        ];
    }

    /// <summary>
    /// Managed heap per active card grain ÷ per trivial grain with one persistent state (written once), each
    /// over <paramref name="activations"/> new activations (1 M in the real run). Goal ≤ 1.25.
    /// </summary>
    public async Task<FleetFigure> MeasureMemoryAsync(int activations)
    {
        var baseline = await BytesPerActivationAsync(activations, i => Grains.GetGrain<IBenchStateGrain>(i).TouchAsync());
        var cards = ActiveCards(activations, skip: 1_000_000);
        var card = await BytesPerActivationAsync(activations, i => VerifyAsync(cards[i], right: true));
        return new FleetFigure("fleet.memory-per-card-grain", card, "bytes", baseline, 1.25, HigherIsBetter: false);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
    }

    private async Task<double> BytesPerActivationAsync(int count, Func<int, Task> activate)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        await RunAsync(count, activate);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (after - before) / (double)count;
    }

    private (ICardGrain Card, string Pin)[] ActiveCards(int count, long skip = 0)
    {
        var today = _host.Services.GetRequiredService<FleetClock>().TodayInJapan;
        var cards = new List<(ICardGrain, string)>(count);
        for (var i = skip; cards.Count < count && _population.Exists(i); i++)
        {
            var key = FleetKeys.Card(i, 0);
            // The Domain's own answer: a card in use whose signing certificate is valid today (R-VAL-3, R-LOSS-1).
            if (PopulationCards.InitialCard(_population, i, 0, key) is not { FaceAuthenticationOnly: false } card
                || !CardLifecycle.CanUseCertificate(CardRecords.ToDomain(card), CertificateKind.Signing, today).IsAccepted) continue;
            cards.Add((Grains.GetGrain<ICardGrain>(key), _population.Pins(i).Signing));
        }

        return [.. cards];
    }

    private static async Task VerifyAsync((ICardGrain Card, string Pin) card, bool right)
    {
        var check = await card.Card.VerifyPinAsync(PinSlot.Signing, right ? card.Pin : "WRONG0000");
        if (check.Reason is { } r && r != "pin.wrong") throw new InvalidOperationException($"bench card refused: {r}");
    }

    /// <summary>Runs <paramref name="calls"/> calls with 200 workers; returns calls per second.</summary>
    private static async Task<double> RunAsync(int calls, Func<int, Task> call)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Workers, calls)).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < calls; i = Interlocked.Increment(ref next)) await call(i);
        }));
        return calls / watch.Elapsed.TotalSeconds;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
