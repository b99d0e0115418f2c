using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Silo;

namespace MyNumber.Cli.Cards;

/// <summary>
/// A one-silo fleet inside the attach process (the default when no <c>--cluster</c> is given): the named
/// profile on free loopback ports and a cluster id of its own, so it never joins or disturbs another silo.
/// </summary>
public sealed class EmbeddedFleet : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedFleet(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    /// <summary>The silo's "Silo" section as started (its own cluster id and gateway port): what a client joins with.</summary>
    public SiloProfile Silo =>
        _host.Services.GetRequiredService<IConfiguration>().GetSection(SiloProfile.SectionName).Get<SiloProfile>() ?? new SiloProfile();

    /// <summary>
    /// Cancelled when the silo begins to stop. The host's console lifetime takes SIGTERM and Ctrl+C for
    /// itself, so the attach loop links this token to its own to end with the silo.
    /// </summary>
    public CancellationToken Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    public static async Task<EmbeddedFleet> StartAsync(string profile, IEnumerable<string> overrides, CancellationToken cancellationToken)
    {
        string[] args =
        [
            $"--Silo:SiloPort={FreePort()}", $"--Silo:GatewayPort={FreePort()}",
            $"--Silo:ClusterId=mynumber-attach-{Environment.ProcessId}-{Guid.NewGuid():N}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Orleans=Error", "--Logging:LogLevel:Microsoft=Error",
            .. overrides,
        ];
        var host = SiloHost.Build(profile, args);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return new EmbeddedFleet(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
