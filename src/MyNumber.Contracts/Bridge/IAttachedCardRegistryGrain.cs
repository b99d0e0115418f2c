using Orleans.Concurrency;

namespace MyNumber.Contracts.Bridge;

/// <summary>
/// The residents whose card sits registered in an attached reader (key 0). Bridge grains write to it when a
/// card joins or leaves and on every renewal of their subscription; each entry is a lease, so a bridge that
/// died without saying so drops out when its lease ends. Only <see cref="IAttachedCardLookupGrain"/>
/// workers read it, at most once a second each: no clinic check ever waits on this one grain.
/// </summary>
[Alias("mn.IAttachedCardRegistryGrain")]
public interface IAttachedCardRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Records (or extends) <paramref name="residentIndex"/>'s attachment until <paramref name="until"/> (wall clock).</summary>
    [Alias("Record")] Task RecordAsync(long residentIndex, DateTimeOffset until);

    [Alias("Remove")] Task RemoveAsync(long residentIndex);

    /// <summary>The residents whose lease has not ended, in ascending order.</summary>
    [ReadOnly]
    [Alias("List")] Task<long[]> ListAsync();
}
