namespace MyNumber.Load.Scenarios.Replay;

/// <summary>Where two operation logs differ: every mismatch, and counts by operation and by outcome change.</summary>
public sealed record LogDifference(long Compared, IReadOnlyList<ReplayMismatch> Mismatches)
{
    public bool Identical => Mismatches.Count == 0;

    public IReadOnlyDictionary<string, int> ByOperation =>
        Mismatches.GroupBy(m => (m.Expected ?? m.Actual)!.Operation).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>"refused card.wrong-state → ok": how outcomes changed, most frequent first.</summary>
    public IReadOnlyDictionary<string, int> ByChange =>
        Mismatches.GroupBy(Change).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Compares by arrival number: operation, actor, outcome and reason must agree.</summary>
    public static LogDifference Between(IReadOnlyList<Recording.OperationRecord> expected, IReadOnlyList<Recording.OperationRecord> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var bySequence = actual.ToDictionary(r => r.Sequence);
        var mismatches = new List<ReplayMismatch>();
        var seen = new HashSet<long>();
        foreach (var e in expected)
        {
            seen.Add(e.Sequence);
            bySequence.TryGetValue(e.Sequence, out var a);
            if (a is null || a.Operation != e.Operation || a.Actor != e.Actor || a.Outcome != e.Outcome || a.Reason != e.Reason)
                mismatches.Add(new ReplayMismatch(e.Sequence, e, a));
        }
        mismatches.AddRange(actual.Where(a => !seen.Contains(a.Sequence)).Select(a => new ReplayMismatch(a.Sequence, null, a)));
        mismatches.Sort((x, y) => x.Sequence.CompareTo(y.Sequence));
        return new LogDifference(seen.Count, mismatches);
    }

    private static string Change(ReplayMismatch m) => $"{m.Expected?.Operation ?? m.Actual!.Operation}: {Side(m.Expected)} → {Side(m.Actual)}";

    private static string Side(Recording.OperationRecord? r) => r is null ? "(missing)" : r.Reason ?? r.Outcome;
}
