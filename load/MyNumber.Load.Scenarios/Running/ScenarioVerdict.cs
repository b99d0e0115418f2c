using System.Globalization;
using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Audit;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>The one answer of a run: pass, fail (which thresholds) or invalid (why), with the exit code to return.</summary>
public sealed record ScenarioVerdict(VerdictKind Kind, IReadOnlyList<ThresholdCheck> Checks, IReadOnlyList<string> InvalidReasons, long Operations, double P99Ms)
{
    public int ExitCode => Kind switch
    {
        VerdictKind.Pass => RunExitCode.Passed,
        VerdictKind.Invalid => RunExitCode.InvalidRun,
        _ => RunExitCode.ThresholdsFailed,
    };

    public IEnumerable<ThresholdCheck> Breaches => Checks.Where(c => c.Status == ThresholdStatus.Breached);

    /// <summary>The scenario's faults on the run's timeline (start, end, errors while in force).</summary>
    public IReadOnlyList<FaultTimelineEntry> Faults { get; init; } = [];

    /// <summary>The state audit after the run (residents audited, mismatches); null when none was run.</summary>
    public StateAuditResult? StateAudit { get; init; }

    /// <summary>"VERDICT: PASS — 2,301 operations, p99 4.1 ms, 0 threshold breaches (…); report: …".</summary>
    public string Line(string reportPath)
    {
        var c = CultureInfo.InvariantCulture;
        int notMeasured = Checks.Count(x => x.Status == ThresholdStatus.NotMeasured);
        string facts = string.Format(c, "{0:N0} operations, p99 {1:0.0##} ms, {2} threshold breach{3}", Operations, P99Ms,
            Breaches.Count(), Breaches.Count() == 1 ? "" : "es");
        if (notMeasured > 0) facts += string.Format(c, " ({0} not measured by this build)", notMeasured);
        string detail = Kind switch
        {
            VerdictKind.Invalid => " — invalid: " + string.Join("; ", InvalidReasons),
            VerdictKind.Fail => " — breached: " + string.Join("; ", Breaches.Select(b => b.Description)),
            _ => "",
        };
        string faults = Faults.Count == 0 ? "" : "; faults: " + string.Join("; ", Faults.Select(f => f.Describe()));
        string audit = StateAudit is null ? "" : "; state audit: " + StateAudit.Describe();
        return $"VERDICT: {Kind.ToString().ToUpperInvariant()} — {facts}{detail}{faults}{audit}; report: {reportPath}";
    }

    public string ToMarkdown()
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string> { "# Verdict: " + Kind.ToString().ToUpperInvariant(), "", "| Threshold | Status | Measured | Note |", "|---|---|---|---|" };
        lines.AddRange(Checks.Select(x => $"| {x.Description} | {x.Status} | {(x.Actual is { } a ? a.ToString("0.####", c) : "")} | {x.Note} |"));
        if (Faults.Count > 0)
        {
            lines.AddRange(["", "## Fault timeline", "", "| Fault | Start (JST) | End (JST) | Run seconds | Injected | Errors | Note |", "|---|---|---|---|---|---|---|"]);
            lines.AddRange(Faults.Select(f => string.Format(c, "| {0} | {1:yyyy-MM-dd HH:mm} | {2:yyyy-MM-dd HH:mm} | {3} | {4} | {5:N0} | {6} |",
                FaultTimelineEntry.FaultName(f.Kind), f.Start.ToOffset(Definition.CalendarWindow.JapanOffset), f.End.ToOffset(Definition.CalendarWindow.JapanOffset),
                f.WallStartSeconds is { } ws && f.WallEndSeconds is { } we ? string.Format(c, "{0:0.#}–{1:0.#}", ws, we) : "not reached",
                f.Injected ? "yes" : "no", f.Errors, f.Note)));
        }
        if (StateAudit is { } audit)
        {
            lines.AddRange(["", "## State audit", "", "Residents whose card status the operation log fixes, read back through the fleet after the run: " + audit.Describe() + "."]);
            lines.AddRange(audit.Mismatches.Take(20).Select(m => "- " + m.Describe()));
        }
        if (InvalidReasons.Count > 0)
        {
            lines.Add("");
            lines.AddRange(InvalidReasons.Select(r => "- invalid: " + r));
        }
        return string.Join("\n", lines) + "\n";
    }
}
