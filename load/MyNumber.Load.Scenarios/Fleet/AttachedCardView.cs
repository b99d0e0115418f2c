using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>
/// The harness's copy of the attached-card registry, refreshed at most once a second like the silos' own
/// lookup workers (<see cref="IAttachedCardLookupGrain"/>). Every clinic arrival asks whether its resident's
/// card sits in an attached reader; answering that from here instead of a grain call per arrival took one
/// of five grain hops off the simulated clinic path. Only residents found here go on to the lookup grain,
/// which checks again with its own copy before the chip is used.
/// </summary>
public sealed class AttachedCardView
{
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private HashSet<long>? _attached;
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;
    private Task? _refreshing;

    /// <summary>Whether <paramref name="residentIndex"/>'s card was attached at the last refresh (at most a second ago, or being refreshed).</summary>
    public ValueTask<bool> ContainsAsync(IGrainFactory grains, long residentIndex)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var attached = _attached;
        var refresh = RefreshIfStale(grains);
        // Until the first answer arrives there is nothing to go by: wait for it once.
        return attached is null ? WaitAsync(refresh, residentIndex) : ValueTask.FromResult(attached.Contains(residentIndex));
    }

    private async ValueTask<bool> WaitAsync(Task refresh, long residentIndex)
    {
        await refresh.ConfigureAwait(false);
        return _attached?.Contains(residentIndex) ?? false;
    }

    private Task RefreshIfStale(IGrainFactory grains)
    {
        lock (_gate)
        {
            if (_refreshing is { IsCompleted: false } inFlight) return inFlight;
            if (TimeProvider.System.GetUtcNow() - _fetchedAt < RefreshEvery) return Task.CompletedTask;
            _fetchedAt = TimeProvider.System.GetUtcNow();
            return _refreshing = RefreshAsync(grains);
        }
    }

    private async Task RefreshAsync(IGrainFactory grains)
    {
        try
        {
            var listed = await GrainReferences<IAttachedCardRegistryGrain>.Of(grains, 0).ListAsync().ConfigureAwait(false);
            _attached = [.. listed];
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            // A registry that cannot answer must not fail every clinic check: keep the last copy (or none), ask again later.
            _attached ??= [];
        }
    }
}
