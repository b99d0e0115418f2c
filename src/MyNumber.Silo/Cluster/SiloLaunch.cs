using System.Globalization;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// How one silo of many is started (<c>mynumber silo</c>): a profile from <c>silo-config/</c> and the
/// command line's overrides, which win over the profile file and the environment.
/// </summary>
public sealed record SiloLaunch(
    string Profile,
    int? SiloPort = null,
    int? GatewayPort = null,
    string? ConnectionString = null,
    bool Dashboard = false,
    int DashboardPort = SiloLaunch.DefaultDashboardPort)
{
    public const int DefaultDashboardPort = 8080;

    /// <summary>The overrides as configuration arguments (<c>--Silo:SiloPort=11112</c>), in the order given.</summary>
    public string[] ConfigurationArguments()
    {
        var c = CultureInfo.InvariantCulture;
        var args = new List<string>();
        if (SiloPort is { } silo) args.Add($"--Silo:SiloPort={silo.ToString(c)}");
        if (GatewayPort is { } gateway) args.Add($"--Silo:GatewayPort={gateway.ToString(c)}");
        if (!string.IsNullOrWhiteSpace(ConnectionString)) args.Add($"--Silo:ConnectionString={ConnectionString}");
        return [.. args];
    }
}
