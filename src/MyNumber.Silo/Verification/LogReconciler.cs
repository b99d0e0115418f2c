using MyNumber.Contracts.Cards;

namespace MyNumber.Silo.Verification;

/// <summary>
/// Reconciles an acknowledged-operation log with stored card statuses. Operations on one card are issued
/// one after another, so the card's last acknowledged operation decides: its status must be
/// stored, unless unacknowledged operations followed it: each of those may have failed before or after
/// its write, so any of their statuses is fine too. A card with an acknowledged operation and no stored row lost a write.
/// </summary>
public static class LogReconciler
{
    public static ReconciliationReport Reconcile(IEnumerable<AcknowledgedOperation> log, IReadOnlyDictionary<string, CardStatus> stored)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(stored);
        var missing = new List<string>();
        var ops = log.ToList();
        var cards = 0;
        foreach (var card in ops.GroupBy(o => o.CardKey, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var history = card.OrderBy(o => o.Sequence).ToList();
            var lastAcked = history.LastOrDefault(o => o.Acknowledged);
            if (lastAcked is null) continue;
            cards++;
            // Unacknowledged operations after the last acknowledged one may each have been applied.
            var allowed = history.SkipWhile(o => o != lastAcked).Select(o => o.ExpectedStatus).ToHashSet();
            if (!stored.TryGetValue(card.Key, out var status))
            {
                missing.Add($"{card.Key}: no stored state, but operation #{lastAcked.Sequence} ({lastAcked.Operation}) was acknowledged");
            }
            else if (!allowed.Contains(status))
            {
                missing.Add($"{card.Key}: stored {status}, but acknowledged operation #{lastAcked.Sequence} ({lastAcked.Operation}) left it {lastAcked.ExpectedStatus}");
            }
        }
        return new ReconciliationReport(cards, ops.LongCount(o => o.Acknowledged), missing);
    }
}
