using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Population;
using MyNumber.Cli.Scenarios;
using MyNumber.Grains.Time;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Silo;

namespace MyNumber.Cli.Running;

/// <summary>
/// A one-silo cluster inside this process on the <c>local</c> profile (memory storage, localhost
/// clustering on free loopback ports): the embedded default of `mynumber run`, and what tests use. The
/// cluster clock starts frozen at <c>start</c>; the harness sets its pace.
/// </summary>
public sealed class InProcessFleet : IAsyncDisposable
{
    private readonly IHost host;

    private InProcessFleet(IHost host, FleetSetup? setup)
    {
        this.host = host;
        var population = host.Services.GetRequiredService<PopulationGenerator>();
        Connection = new FleetConnection(host.Services.GetRequiredService<IGrainFactory>(), new PopulationView(population),
            new SimulatedFleetClock(host.Services.GetRequiredService<SimulatedTimeProvider>()))
        {
            Setup = setup,
            InjectedFaults = FaultArguments.Injected.Keys.ToHashSet(),
        };
    }

    public FleetConnection Connection { get; }

    public static Task<InProcessFleet> StartAsync(long populationSeed, long residents, DateTimeOffset start, CancellationToken cancellationToken = default) =>
        StartAsync(populationSeed, residents, start, null, cancellationToken);

    /// <summary>A fleet as a scenario run needs it: population as of the run's first day with the scenario's mix, its counters and faults.</summary>
    public static Task<InProcessFleet> StartAsync(FleetSetup setup, DateTimeOffset start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setup);
        return StartAsync(setup.PopulationSeed, setup.Residents, start, setup, cancellationToken);
    }

    private static async Task<InProcessFleet> StartAsync(long populationSeed, long residents, DateTimeOffset start, FleetSetup? setup, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        string[] args =
        [
            $"--Silo:SiloPort={FreePort()}", $"--Silo:GatewayPort={FreePort()}",
            $"--Silo:ClusterId=mynumber-run-{Environment.ProcessId}-{Guid.NewGuid():N}",
            $"--Population:Seed={((ulong)populationSeed).ToString(c)}", $"--Population:Size={residents.ToString(c)}",
            "--Clock:Mode=stepped", $"--Clock:Start={start.ToString("o", c)}",
            $"--Jpki:KeyCacheDirectory={KeyCache()}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Orleans=Error", "--Logging:LogLevel:Microsoft=Error",
            .. setup is null ? [] : FleetArguments.For(setup),
        ];
        var host = SiloHost.Build("local", args);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        // The CA and the card key pool are built on first use (seconds of RSA key generation): pay it
        // here, before the load, or the first handovers measure key generation and stall the silo.
        var jpki = host.Services.GetRequiredService<JpkiServices>();
        await Task.Run(() => (jpki.Authority, jpki.CardKeys), cancellationToken).ConfigureAwait(false);
        return new InProcessFleet(host, setup);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await host.StopAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            host.Dispose();
        }
    }

    /// <summary>Generated keys are kept between runs (they are a pure function of the JPKI seed).</summary>
    private static string KeyCache() =>
        Environment.GetEnvironmentVariable("MYNUMBER_KEY_CACHE") is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "mynumber-keys");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
