using MyNumber.Contracts.Bridge;

namespace MyNumber.Grains.Bridge;

/// <summary>
/// The leases of attached cards, in memory: attachments are about live attach processes, which re-record
/// on every renewal, so after a restart the registry fills again within one renewal period.
/// </summary>
[GrainType("attached-card-registry")]
public sealed class AttachedCardRegistryGrain : Grain, IAttachedCardRegistryGrain
{
    private readonly Dictionary<long, DateTimeOffset> _leases = [];

    public Task RecordAsync(long residentIndex, DateTimeOffset until)
    {
        _leases[residentIndex] = until;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(long residentIndex)
    {
        _leases.Remove(residentIndex);
        return Task.CompletedTask;
    }

    public Task<long[]> ListAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        return Task.FromResult(_leases.Where(l => l.Value > now).Select(l => l.Key).Order().ToArray());
    }
}
