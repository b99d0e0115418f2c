namespace MyNumber.Contracts.Time;

/// <summary>
/// Where an Orleans client (`mynumber run --cluster`) sets the simulated clock of silos in other processes
/// (key 0). Each silo polls it a few times a second, applies a newer setting to its own clock and says which
/// version it runs; the client waits until every silo heard from lately runs its version before it goes on.
/// Held in memory: if its silo dies, silos keep their time and the client's next setting starts it again.
/// </summary>
[Alias("mn.IClusterClockGrain")]
public interface IClusterClockGrain : IGrainWithIntegerKey
{
    /// <summary>Publishes <paramref name="setting"/> (its version is ignored) and returns the version it got.</summary>
    [Alias("Set")] Task<long> SetAsync(ClusterClockSetting setting);

    /// <summary>A silo's poll: it runs <paramref name="appliedVersion"/> and its clock reads <paramref name="siloNow"/>; the answer is the current setting, if any.</summary>
    [Alias("Poll")] Task<ClusterClockSetting?> PollAsync(string silo, long appliedVersion, DateTimeOffset siloNow);

    /// <summary>Whether every silo that polled within the last two seconds runs <paramref name="version"/> or later (false when none did).</summary>
    [Alias("AppliedEverywhere")] Task<bool> AppliedEverywhereAsync(long version);

    /// <summary>The simulated time each silo that polled within the last two seconds reported at its last poll.</summary>
    [Alias("SiloTimes")] Task<Dictionary<string, DateTimeOffset>> SiloTimesAsync();
}
