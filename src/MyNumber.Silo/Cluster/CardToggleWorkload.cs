using System.Collections.Concurrent;
using System.Diagnostics;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Silo.Verification;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// Drives state changes through a cluster: each worker owns a set of active cards and toggles them,
/// suspend (R-LOSS-1) then resume (R-LOSS-2), one operation at a time per card, optionally entering the
/// holder's user PIN after each resume. Every operation goes to the acknowledged-operation log with
/// whether the cluster acknowledged it, which is what <see cref="LogReconciler"/> checks storage against.
/// A fault does not stop a worker: it re-reads the card and goes on, as a real client would.
/// </summary>
public sealed class CardToggleWorkload(IGrainFactory grains, IReadOnlyList<string> cardKeys, AcknowledgedLogWriter log,
    Func<string, string?>? userPin = null)
{
    private const int MaxFaultMessages = 20;
    private readonly ConcurrentQueue<(double, bool)> _timeline = new();
    private readonly ConcurrentDictionary<string, byte> _faults = new(StringComparer.Ordinal);
    private long _acknowledged;
    private long _failed;

    /// <summary>The first <paramref name="count"/> active, unexpired cards of residents from <paramref name="firstResident"/> on.</summary>
    public static async Task<IReadOnlyList<string>> FindActiveCardsAsync(IGrainFactory grains, int count, long firstResident,
        CancellationToken cancellationToken)
    {
        var found = new List<string>();
        // A card past its expiry date keeps its Active status but refuses everything (card.expired).
        var usableUntil = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(1));
        for (var index = firstResident; found.Count < count && index < firstResident + 50L * count; index += 16)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = Enumerable.Range(0, 16).Select(i => FleetKeys.Card(index + i, 0)).ToList();
            var snapshots = await Task.WhenAll(batch.Select(k => grains.GetGrain<ICardGrain>(k).GetAsync())).ConfigureAwait(false);
            found.AddRange(snapshots.Where(s => s.Status == CardStatus.Active && s.ExpiresOn > usableUntil
                && s.CertificatesExpireOn > usableUntil && !s.SigningRevoked).Select(s => s.CardKey));
        }
        return found.Take(count).ToList();
    }

    public async Task<WorkloadResult> RunAsync(int workers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var workerTasks = Enumerable.Range(0, workers)
            .Select(w => Task.Run(() => WorkAsync(cardKeys.Where((_, i) => i % workers == w).ToList(), clock, duration, cancellationToken),
                cancellationToken))
            .ToList();
        await Task.WhenAll(workerTasks).ConfigureAwait(false);
        return new WorkloadResult(Interlocked.Read(ref _acknowledged), Interlocked.Read(ref _failed), [.. _faults.Keys],
            [.. _timeline], clock.Elapsed);
    }

    private async Task WorkAsync(List<string> cards, Stopwatch clock, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (cards.Count == 0) return;
        var known = new Dictionary<string, CardStatus?>(StringComparer.Ordinal);
        foreach (var c in cards) known[c] = null;
        for (var turn = 0; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; turn++)
        {
            var key = cards[turn % cards.Count];
            var card = grains.GetGrain<ICardGrain>(key);
            try
            {
                known[key] ??= (await card.GetAsync().ConfigureAwait(false)).Status;
            }
            catch (Exception e)
            {
                Failed(clock, e);
                continue;
            }
            var suspend = known[key] == CardStatus.Active;
            var expected = suspend ? CardStatus.Suspended : CardStatus.Active;
            var name = suspend ? "suspend" : "resume";
            try
            {
                var result = suspend ? await card.SuspendAsync().ConfigureAwait(false) : await card.ResumeAsync().ConfigureAwait(false);
                if (!result.Accepted) throw new InvalidOperationException($"{name} refused: {result.Reason}");
                log.Write(key, name, expected, acknowledged: true);
                known[key] = expected;
                Interlocked.Increment(ref _acknowledged);
                _timeline.Enqueue((clock.Elapsed.TotalSeconds, true));
            }
            catch (Exception e)
            {
                log.Write(key, name, expected, acknowledged: false);
                known[key] = null;
                Failed(clock, e);
                continue;
            }
            if (suspend || userPin?.Invoke(key) is not { } pin) continue;
            try
            {
                await card.VerifyPinAsync(PinSlot.UserAuthentication, pin).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                Failed(clock, e);
            }
        }
    }

    private void Failed(Stopwatch clock, Exception e)
    {
        Interlocked.Increment(ref _failed);
        _timeline.Enqueue((clock.Elapsed.TotalSeconds, false));
        if (_faults.Count < MaxFaultMessages) _faults.TryAdd($"{e.GetType().Name}: {e.Message.Split('\n')[0]}", 0);
    }
}
