using System.Globalization;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// The state audit of one run: residents whose card status was checked against the log, how many
/// disagreed, and how many had a status-setting operation but could not be checked (unordered, unknown
/// effect, or the fleet did not answer).
/// </summary>
public sealed record StateAuditResult(int Audited, IReadOnlyList<StateMismatch> Mismatches, int Skipped, int Unreadable)
{
    public int MismatchCount => Mismatches.Count;

    /// <summary>"120 residents audited, 0 mismatches, 3 skipped".</summary>
    public string Describe() => string.Format(CultureInfo.InvariantCulture,
        "{0:N0} audited, {1:N0} mismatch{2}, {3:N0} skipped{4}", Audited, MismatchCount, MismatchCount == 1 ? "" : "es", Skipped,
        Unreadable > 0 ? string.Format(CultureInfo.InvariantCulture, ", {0:N0} unreadable", Unreadable) : "");
}
