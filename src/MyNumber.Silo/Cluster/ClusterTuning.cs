using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// Membership timing from the profile's optional "Membership" section (names of
/// <see cref="ClusterMembershipOptions"/>). The defaults take about half a minute to declare a killed
/// silo dead; the cluster profile shortens that so grains come back elsewhere within seconds.
/// </summary>
public static class ClusterTuning
{
    public const string MembershipSection = "Membership";

    public static ISiloBuilder Apply(ISiloBuilder silo, IConfiguration profileConfig)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(profileConfig);
        var section = profileConfig.GetSection(MembershipSection);
        if (section.Exists()) silo.Services.Configure<ClusterMembershipOptions>(section);
        return silo;
    }
}
