using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Silo.Verification;

namespace MyNumber.Cli.Verification;

/// <summary>
/// Turns a scenario run's operation log (<c>mynumber-operation-log</c>) into the card-status expectations
/// that <see cref="LogReconciler"/> checks against storage.
/// <para>
/// The operation log records outcomes, not end states, so only operations whose effect on the card's status
/// is certain become expectations: an accepted <c>suspend</c> leaves the card Suspended (R-LOSS-1), an
/// accepted <c>resume</c> leaves it Active (R-LOSS-2). An operation that ended in a fault was not
/// acknowledged: it may or may not have been applied. A refused suspension or resumption changes nothing. A
/// resident whose log has any operation that replaces or retires the card (reissue, renewal, handover, moves
/// across municipalities), accepted or not (a multi-step one refused half-way may already have moved the
/// card), is not checked, because which card the later operations touched is not in the log;
/// <see cref="Unchecked"/> counts them so the report says so instead of passing them silently.
/// </para>
/// </summary>
public sealed class OperationLogExpectations
{
    private static readonly Dictionary<string, CardStatus> StatusAfter = new(StringComparer.Ordinal)
    {
        ["suspend"] = CardStatus.Suspended,
        ["resume"] = CardStatus.Active,
    };

    private static readonly HashSet<string> ReplacesCard = new(StringComparer.Ordinal)
    {
        "apply", "apply-online", "handover", "reissue", "renew-card", "move-out", "transfer-in",
    };

    private OperationLogExpectations(IReadOnlyList<AcknowledgedOperation> operations, int uncheckedResidents)
    {
        Operations = operations;
        Unchecked = uncheckedResidents;
    }

    public IReadOnlyList<AcknowledgedOperation> Operations { get; }

    /// <summary>Residents with status-changing operations that could not be checked (see the class remarks).</summary>
    public int Unchecked { get; }

    /// <param name="records">The log's records.</param>
    /// <param name="storedCards">Card keys present in storage: a resident's operations are expected on its newest stored card.</param>
    public static OperationLogExpectations From(IEnumerable<OperationRecord> records, IEnumerable<string> storedCards)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(storedCards);
        var newestCard = new Dictionary<long, (int Generation, string Key)>();
        foreach (var key in storedCards)
        {
            if (!FleetKeys.TryParseCard(key, out var index, out var generation)) continue;
            if (!newestCard.TryGetValue(index, out var known) || generation > known.Generation) newestCard[index] = (generation, key);
        }

        var operations = new List<AcknowledgedOperation>();
        var uncheckedResidents = 0;
        foreach (var resident in records.GroupBy(r => r.ResidentIndex))
        {
            var history = resident.OrderBy(r => r.Sequence).ToList();
            var changes = history.Where(r => StatusAfter.ContainsKey(r.Operation)).ToList();
            if (changes.Count == 0) continue;
            if (history.Any(r => ReplacesCard.Contains(r.Operation)))
            {
                uncheckedResidents++;
                continue;
            }
            // No stored card at all: the reconciler reports the acknowledged change as lost under this key.
            var card = newestCard.TryGetValue(resident.Key, out var stored) ? stored.Key : FleetKeys.Card(resident.Key, 0);
            foreach (var change in changes.Where(r => r.Outcome is "ok" or "fault"))
            {
                operations.Add(new AcknowledgedOperation(change.Sequence, card, change.Operation, StatusAfter[change.Operation],
                    Acknowledged: change.Outcome == "ok"));
            }
        }
        return new OperationLogExpectations(operations, uncheckedResidents);
    }
}
