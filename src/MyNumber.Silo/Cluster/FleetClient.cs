using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Grains.Population;
using Orleans.Configuration;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// An Orleans client of running silos: what <c>mynumber run --cluster &lt;config&gt;</c> and
/// <c>mynumber verify-log</c> drive the fleet through. <c>config</c> is a profile name of
/// <c>silo-config/</c> (<c>cluster</c>) or the path of a JSON file of the same shape; the client uses the
/// same "Silo" section as the silos (cluster and service ids, clustering backend, connection string), so a
/// client and its silos cannot disagree. The host also holds the profile's population generator.
/// </summary>
public static class FleetClient
{
    /// <summary>The configuration a client reads: the file, then environment variables, then <paramref name="overrides"/>.</summary>
    public static IConfigurationRoot LoadConfiguration(string clusterConfig, IEnumerable<string>? overrides = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterConfig);
        var args = overrides?.ToArray() ?? [];
        if (!File.Exists(clusterConfig) && !clusterConfig.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            SiloProfiles.Require(clusterConfig);
            return SiloConfigFiles.Load(clusterConfig, args);
        }
        if (!File.Exists(clusterConfig)) throw new ArgumentException($"--cluster: no cluster configuration at {clusterConfig}");
        return new ConfigurationBuilder()
            .AddJsonFile(Path.GetFullPath(clusterConfig), optional: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
    }

    /// <summary>Builds, without starting, a host whose services hold an <see cref="IClusterClient"/>.</summary>
    public static IHost Build(string clusterConfig, IEnumerable<string>? overrides = null)
    {
        var config = LoadConfiguration(clusterConfig, overrides);
        var profile = config.GetSection(SiloProfile.SectionName).Get<SiloProfile>() ?? new SiloProfile();
        var tuning = config.GetSection(ClientTuning.SectionName).Get<ClientTuning>() ?? new ClientTuning();
        var builder = Host.CreateApplicationBuilder([]);
        builder.Configuration.AddConfiguration(config);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = profile.ClusterId;
                o.ServiceId = profile.ServiceId;
            });
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(tuning.ResponseTimeoutSeconds));
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(tuning.GatewayListRefreshSeconds));
            client.UseConnectionRetryFilter(new ConnectRetryFilter(TimeSpan.FromSeconds(tuning.ConnectRetrySeconds)));
            switch (profile.Backend)
            {
                case SiloProfile.Postgres:
                    var cs = profile.ResolveConnectionString();
                    client.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = cs; });
                    break;
                case SiloProfile.Memory:
                    client.UseLocalhostClustering(profile.GatewayPort, profile.ServiceId, profile.ClusterId);
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Cluster configuration '{clusterConfig}': unknown Silo:Backend '{profile.Backend}'.");
            }
        });
        builder.Services.AddSingleton(config.GetSection(PopulationSettings.SectionName).Get<PopulationSettings>()
            ?? new PopulationSettings());
        builder.Services.AddSingleton<PopulationGenerator>();
        return builder.Build();
    }

    /// <summary>Builds and starts the client host (waits for a gateway for up to Client:ConnectRetrySeconds).</summary>
    public static async Task<IHost> StartAsync(string clusterConfig, IEnumerable<string>? overrides = null,
        CancellationToken cancellationToken = default)
    {
        var host = Build(clusterConfig, overrides);
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
