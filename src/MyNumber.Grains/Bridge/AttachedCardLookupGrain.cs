using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Clinic;
using Orleans.Concurrency;

namespace MyNumber.Grains.Bridge;

/// <summary>
/// A silo-local copy of the attached-card registry, refreshed when it is older than a second, so every
/// clinic check can ask it without a network hop and the registry sees one read per second per worker.
/// Reentrant: a check waiting for someone to type a PIN into a reader must not hold up the other checks.
/// </summary>
[StatelessWorker]
[Reentrant]
[GrainType("attached-card-lookup")]
public sealed class AttachedCardLookupGrain : Grain, IAttachedCardLookupGrain
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    private HashSet<long> _attached = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private Task? _refreshing;

    public async Task<bool> IsAttachedAsync(long residentIndex)
    {
        await FreshAsync();
        return _attached.Contains(residentIndex);
    }

    public async Task<EligibilityAnswer?> ConfirmEligibilityIfAttachedAsync(long residentIndex, ClinicIdentificationMethod method)
    {
        if (!await IsAttachedAsync(residentIndex)) return null;
        return await GrainFactory.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(residentIndex)).ConfirmEligibilityAsync(method);
    }

    private Task FreshAsync()
    {
        if (TimeProvider.System.GetUtcNow() - _fetchedAt < RefreshEvery) return Task.CompletedTask;
        // One fetch at a time: interleaved checks share the one in flight.
        if (_refreshing is { IsCompleted: false } inFlight) return inFlight;
        return _refreshing = RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        try
        {
            var listed = await GrainFactory.GetGrain<IAttachedCardRegistryGrain>(0).ListAsync();
            _attached = [.. listed];
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            // A registry that cannot answer must not fail every clinic check: keep the last copy, ask again later.
        }

        _fetchedAt = TimeProvider.System.GetUtcNow();
    }
}
