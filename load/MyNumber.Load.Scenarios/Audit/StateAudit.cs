using MyNumber.Contracts.Cards;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// After a run has drained: reads every auditable resident's current card through the fleet (the same
/// resident and card grain calls the operations make) and compares its status with what the operation log
/// implies. Works on any fleet connection, in-process or a cluster client.
/// </summary>
public static class StateAudit
{
    private const int Parallelism = 32;

    public static async Task<StateAuditResult> RunAsync(FleetConnection fleet, IEnumerable<OperationRecord> records, ResidentOverlaps? overlaps = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var (expectations, skipped) = StateExpectations.From(records, overlaps);
        var mismatches = new List<StateMismatch>();
        int audited = 0, unreadable = 0;
        var today = DateOnly.FromDateTime(fleet.Clock.UtcNow.ToOffset(Definition.CalendarWindow.JapanOffset).DateTime);
        await Parallel.ForEachAsync(expectations, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (expected, _) =>
            {
                StateMismatch? mismatch;
                try
                {
                    mismatch = await CheckAsync(fleet, expected, today).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A fleet that cannot answer (a killed silo) leaves the resident unaudited, not mismatched.
                    Interlocked.Increment(ref unreadable);
                    return;
                }
                Interlocked.Increment(ref audited);
                if (mismatch is not null) lock (mismatches) mismatches.Add(mismatch);
            }).ConfigureAwait(false);
        return new StateAuditResult(audited, [.. mismatches.OrderBy(m => m.ResidentIndex)], skipped, unreadable);
    }

    private static async Task<StateMismatch?> CheckAsync(FleetConnection fleet, ResidentExpectation expected, DateOnly today)
    {
        var (_, card, _) = await FleetCalls.CurrentCardAsync(fleet, expected.ResidentIndex).ConfigureAwait(false);
        if (card is null) return new StateMismatch(expected.ResidentIndex, null, expected.Operation, expected.Sequence, expected.Allowed, null);
        var snapshot = await card.GetAsync().ConfigureAwait(false);
        if (expected.Allowed.Contains(snapshot.Status) || ExpiredSince(snapshot, expected, today)) return null;
        return new StateMismatch(expected.ResidentIndex, snapshot.CardKey, expected.Operation, expected.Sequence, expected.Allowed, snapshot.Status);
    }

    /// <summary>The simulated clock passed the card's expiry: an active or suspended card is Expired by date (R-VAL-1..5), not by an operation.</summary>
    private static bool ExpiredSince(CardSnapshot card, ResidentExpectation expected, DateOnly today) =>
        card.Status == CardStatus.Expired && card.ExpiresOn is { } end && today > end
        && (expected.Allowed.Contains(CardStatus.Active) || expected.Allowed.Contains(CardStatus.Suspended));
}
