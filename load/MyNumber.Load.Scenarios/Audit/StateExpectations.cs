using MyNumber.Contracts.Cards;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// Reads an operation log into what each resident's current card must show now. Each resident's records
/// are walked in sequence order: an accepted status-setting operation fixes the status; a refused one
/// adds what it may have left half-way; a fault adds both that and what it would have set, as it may or
/// may not have been applied; an operation whose effect the log cannot tell makes the status unknown until
/// the next fixing one. Residents the run could not order (<see cref="ResidentOverlaps"/>) are skipped.
/// </summary>
public static class StateExpectations
{
    public static (IReadOnlyList<ResidentExpectation> Expectations, int Skipped) From(IEnumerable<OperationRecord> records, ResidentOverlaps? overlaps = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var expectations = new List<ResidentExpectation>();
        int skipped = 0;
        foreach (var resident in records.GroupBy(r => r.ResidentIndex))
        {
            var history = resident.OrderBy(r => r.Sequence).ToList();
            if (!history.Any(SetsStatus)) continue;
            if (overlaps?.IsUnordered(resident.Key) == true || Walk(history) is not { } expectation)
            {
                skipped++;
                continue;
            }
            expectations.Add(expectation);
        }
        return (expectations.OrderBy(e => e.ResidentIndex).ToList(), skipped);
    }

    private static bool SetsStatus(OperationRecord r) => r.Outcome == "ok" && OperationStatusEffects.Of(r.Operation).WhenAccepted is not null;

    private static ResidentExpectation? Walk(List<OperationRecord> history)
    {
        HashSet<CardStatus>? allowed = null;
        OperationRecord? fixer = null;
        foreach (var record in history)
        {
            var effect = OperationStatusEffects.Of(record.Operation);
            bool accepted = record.Outcome == "ok";
            bool fault = record.Outcome == "fault";
            if (effect.Unpredictable && (accepted || fault))
            {
                allowed = null;
                continue;
            }
            if (accepted && effect.WhenAccepted is { } status)
            {
                allowed = [status];
                fixer = record;
                continue;
            }
            if (allowed is null || accepted) continue;
            allowed.UnionWith(effect.PartWay);
            if (fault && effect.WhenAccepted is { } maybe) allowed.Add(maybe);
        }
        return allowed is null || fixer is null ? null : new ResidentExpectation(fixer.ResidentIndex, fixer.Sequence, fixer.Operation, allowed);
    }
}
