using System.CommandLine;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber silo --profile local|postgres|cluster [--silo-port P] [--gateway-port G]
/// [--connection-string CS] [--dashboard [--dashboard-port N]]</c>: starts one silo (of many) on loopback
/// and runs it until Ctrl+C or SIGTERM, which stop it gracefully.
/// </summary>
public static class SiloCommand
{
    public static Command Create()
    {
        var profile = new Option<string>("--profile") { Description = "Profile in silo-config/: local, postgres or cluster.", DefaultValueFactory = _ => "local" };
        var siloPort = new Option<int?>("--silo-port") { Description = "Silo-to-silo port (default: the profile's)." };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Client gateway port (default: the profile's)." };
        var connection = new Option<string?>("--connection-string") { Description = "Npgsql connection string (default: the profile's, else $MYNUMBER_PG)." };
        var dashboard = new Option<bool>("--dashboard") { Description = "Also serve the Orleans Dashboard on loopback." };
        var dashboardPort = new Option<int>("--dashboard-port") { Description = "Dashboard port (default 8080).", DefaultValueFactory = _ => SiloLaunch.DefaultDashboardPort };
        var command = new Command("silo", "Run one silo of the fleet until Ctrl+C or SIGTERM.")
        {
            profile, siloPort, gatewayPort, connection, dashboard, dashboardPort,
        };
        command.SetAction(async (parse, cancel) =>
        {
            foreach (var port in new[] { parse.GetValue(siloPort), parse.GetValue(gatewayPort), parse.GetValue(dashboardPort) })
            {
                if (port is < 1 or > 65535) throw new ArgumentException($"silo: port {port} is outside 1–65535");
            }
            var launch = new SiloLaunch(parse.GetValue(profile) ?? "local", parse.GetValue(siloPort), parse.GetValue(gatewayPort),
                parse.GetValue(connection), parse.GetValue(dashboard), parse.GetValue(dashboardPort));
            await ClusterSiloHost.RunAsync(launch, parse.InvocationConfiguration.Output, cancel);
            return 0;
        });
        return command;
    }
}
