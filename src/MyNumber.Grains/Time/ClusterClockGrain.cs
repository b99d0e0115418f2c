using MyNumber.Contracts.Time;

namespace MyNumber.Grains.Time;

/// <summary>
/// The cluster clock's setting and which silos run it (see <see cref="IClusterClockGrain"/>). In memory on
/// purpose: the setting is the running client's, and a client that lost it sets it again with its next move.
/// </summary>
[GrainType("cluster-clock")]
public sealed class ClusterClockGrain : Grain, IClusterClockGrain
{
    private static readonly TimeSpan Recent = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, (long Version, DateTimeOffset SiloNow, DateTimeOffset Seen)> _silos = [];
    private ClusterClockSetting? _setting;
    private long _version;

    public Task<long> SetAsync(ClusterClockSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        _setting = setting with { Version = ++_version };
        return Task.FromResult(_version);
    }

    public Task<ClusterClockSetting?> PollAsync(string silo, long appliedVersion, DateTimeOffset siloNow)
    {
        _silos[silo] = (appliedVersion, siloNow, TimeProvider.System.GetUtcNow());
        return Task.FromResult(_setting);
    }

    public Task<bool> AppliedEverywhereAsync(long version)
    {
        var recent = RecentSilos().ToList();
        return Task.FromResult(recent.Count > 0 && recent.All(s => s.Value.Version >= version));
    }

    public Task<Dictionary<string, DateTimeOffset>> SiloTimesAsync() =>
        Task.FromResult(RecentSilos().ToDictionary(s => s.Key, s => s.Value.SiloNow));

    private IEnumerable<KeyValuePair<string, (long Version, DateTimeOffset SiloNow, DateTimeOffset Seen)>> RecentSilos()
    {
        var since = TimeProvider.System.GetUtcNow() - Recent;
        return _silos.Where(s => s.Value.Seen >= since);
    }
}
