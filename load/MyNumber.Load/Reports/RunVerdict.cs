using System.Globalization;

namespace MyNumber.Load.Reports;

/// <summary>
/// The one line a command ends with, in the wording `mynumber run` uses:
/// "VERDICT: PASS — 150,000 iterations, p99 4.1 ms, 0 threshold breaches; report: …/report.html".
/// A run cut short by the caller is INVALID too: its numbers cover only part of the plan.
/// </summary>
public static class RunVerdict
{
    public const string Pass = "PASS";
    public const string Fail = "FAIL";
    public const string Invalid = "INVALID";

    public static string Kind(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        bool cutShort = report.Aborted && !report.Thresholds.Any(t => t.AbortedRun);
        return !report.Generator.IsValid || cutShort ? Invalid : report.ThresholdsPassed ? Pass : Fail;
    }

    public static int ExitCode(RunReport report) => Kind(report) switch
    {
        Pass => RunExitCode.Passed,
        Invalid => RunExitCode.InvalidRun,
        _ => RunExitCode.ThresholdsFailed,
    };

    public static string Line(RunReport report, string reportPath)
    {
        var c = CultureInfo.InvariantCulture;
        string kind = Kind(report);
        long completed = report.Scenarios.Sum(s => s.Completed);
        double p99 = report.Scenarios.Count == 0 ? 0 : report.Scenarios.Max(s => s.Latency.P99Ms);
        var breaches = report.Thresholds.Where(t => !t.Passed).ToList();
        string facts = string.Format(c, "{0:N0} iterations, p99 {1:0.0##} ms, {2} threshold breach{3}", completed, p99, breaches.Count, breaches.Count == 1 ? "" : "es");
        var invalid = report.Generator.InvalidReasons.ToList();
        if (report.Aborted && kind == Invalid) invalid.Add("run cut short: " + report.AbortReason);
        string detail = kind switch
        {
            Invalid => " — invalid: " + string.Join("; ", invalid),
            Fail => " — breached: " + string.Join("; ", breaches.Select(b =>
                b.Description + (b.Actual is { } a ? " (was " + a.ToString("0.###", c) + ")" : b.Problem is { } p ? " (" + p + ")" : ""))),
            _ => "",
        };
        return $"VERDICT: {kind} — {facts}{detail}; report: {reportPath}";
    }
}
