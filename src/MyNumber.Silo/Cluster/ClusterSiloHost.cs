using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// One silo of many, as <c>mynumber silo</c> runs it: the profile through <see cref="SiloHostBuilder"/>,
/// the membership timing of <see cref="ClusterTuning"/>, and on demand the Orleans Dashboard on loopback.
/// Prints one "silo ready" line once the silo has joined, which scripts and tests wait for, and stops
/// gracefully on Ctrl+C or SIGTERM.
/// </summary>
public static class ClusterSiloHost
{
    public const string ReadyPrefix = "silo ready:";
    public const string DashboardPath = "/dashboard";

    public static async Task RunAsync(SiloLaunch launch, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var host = Build(launch);
        var profile = host.Services.GetRequiredService<IConfiguration>().GetSection(SiloProfile.SectionName).Get<SiloProfile>()
            ?? new SiloProfile();
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() =>
        {
            output.WriteLine(ReadyLine(launch, profile));
            output.Flush();
        });
        // RunAsync, not StartAsync + an endless delay: only the former honours SIGTERM.
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    public static IHost Build(SiloLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        SiloProfiles.Require(launch.Profile);
        var args = launch.ConfigurationArguments();
        var profileConfig = SiloConfigFiles.Load(launch.Profile, args);
        if (!launch.Dashboard)
        {
            var builder = Host.CreateApplicationBuilder(args);
            builder.Configuration.AddConfiguration(profileConfig);
            builder.UseOrleans(silo => ClusterTuning.Apply(SiloHostBuilder.Configure(silo, profileConfig), profileConfig));
            return builder.Build();
        }

        var web = WebApplication.CreateBuilder(args);
        web.Configuration.AddConfiguration(profileConfig);
        // Loopback, like the silo's own endpoints, unless Dashboard:Host says otherwise (docker-compose
        // publishes it from a container, where only the container's own address can be forwarded).
        var host = profileConfig["Dashboard:Host"] is { Length: > 0 } h ? h : "127.0.0.1";
        web.WebHost.UseUrls($"http://{host}:{launch.DashboardPort.ToString(CultureInfo.InvariantCulture)}");
        web.UseOrleans(silo =>
        {
            ClusterTuning.Apply(SiloHostBuilder.Configure(silo, profileConfig), profileConfig);
            silo.AddDashboard();
        });
        var app = web.Build();
        app.MapOrleansDashboard(routePrefix: DashboardPath);
        return app;
    }

    private static string ReadyLine(SiloLaunch launch, SiloProfile profile)
    {
        var c = CultureInfo.InvariantCulture;
        var line = $"{ReadyPrefix} profile {launch.Profile}, cluster {profile.ClusterId}, silo 127.0.0.1:{profile.SiloPort.ToString(c)}, " +
            $"gateway 127.0.0.1:{profile.GatewayPort.ToString(c)}, pid {Environment.ProcessId.ToString(c)}";
        return launch.Dashboard
            ? line + $", dashboard http://127.0.0.1:{launch.DashboardPort.ToString(c)}{DashboardPath}/"
            : line;
    }
}
