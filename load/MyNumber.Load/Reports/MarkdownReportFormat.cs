using System.Globalization;
using System.Text;

namespace MyNumber.Load.Reports;

/// <summary>The run report as Markdown, short enough for a CI job summary.</summary>
internal static class MarkdownReportFormat
{
    public static string Render(RunReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(c, $"# Load run {r.RunId}");
        md.AppendLine();
        md.AppendLine(c, $"Started {r.StartedAtUtc:u}, {r.DurationSeconds:0.###} s, exit code **{r.ExitCode}**.");
        md.AppendLine();
        if (!r.Generator.IsValid)
        {
            md.AppendLine("> **INVALID RUN**: the load generator fell behind; these latencies partly measure the generator, not the system.");
            foreach (var reason in r.Generator.InvalidReasons) md.AppendLine(c, $"> - {reason}");
            md.AppendLine();
        }
        if (r.Aborted) md.AppendLine(c, $"> **Aborted**: {r.AbortReason}").AppendLine();
        md.AppendLine("| scenario | load | offered | ok | failed | dropped | offered/s | achieved/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | p99 service ms | failed p99 ms |");
        md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in r.Scenarios)
            md.AppendLine(c, $"| {s.Name} | {(s.LoadSummary.Length > 0 ? s.LoadSummary : string.Join("; ", s.Simulations))} | {s.Offered} | {s.Ok} | {s.Failed} | {s.Dropped} | {s.OfferedRate:0.##} | {s.AchievedRate:0.##} | {s.Latency.P50Ms:0.###} | {s.Latency.P90Ms:0.###} | {s.Latency.P99Ms:0.###} | {s.Latency.P999Ms:0.###} | {s.Latency.MaxMs:0.###} | {s.ServiceTime.P99Ms:0.###} | {s.FailedLatency.P99Ms:0.###} |");
        md.AppendLine();
        md.AppendLine("Latency counts from each iteration's intended start (corrected for coordinated omission); service time from its actual start. Percentiles are of successful iterations; failed ones are measured apart.");
        foreach (var s in r.Scenarios.Where(s => s.Steps.Count > 0 || s.FailuresByReason.Count > 0))
        {
            md.AppendLine().AppendLine(c, $"## {s.Name}");
            foreach (var f in s.FailuresByReason) md.AppendLine(c, $"- failed `{f.Key}`: {f.Value}");
            if (s.Steps.Count == 0) continue;
            md.AppendLine().AppendLine("| step | ok | failed | p50 ms | p99 ms | max ms | failed p99 ms |").AppendLine("|---|---:|---:|---:|---:|---:|---:|");
            foreach (var st in s.Steps)
                md.AppendLine(c, $"| {st.Name} | {st.Ok} | {st.Failed} | {st.Latency.P50Ms:0.###} | {st.Latency.P99Ms:0.###} | {st.Latency.MaxMs:0.###} | {st.FailedLatency.P99Ms:0.###} |");
        }
        if (r.Thresholds.Count > 0)
        {
            md.AppendLine().AppendLine("## Thresholds").AppendLine().AppendLine("| threshold | actual | result |").AppendLine("|---|---:|---|");
            foreach (var t in r.Thresholds)
                md.AppendLine(c, $"| {t.Description} | {(t.Actual is { } a ? a.ToString("0.###", c) : "n/a")} | {(t.Passed ? "passed" : "**FAILED**" + (t.AbortedRun ? " (aborted the run)" : ""))} |");
        }
        if (r.Annotations.Count > 0)
        {
            md.AppendLine().AppendLine("## Annotations").AppendLine().AppendLine("| annotation | start s | end s | detail |").AppendLine("|---|---:|---:|---|");
            foreach (var a in r.Annotations)
                md.AppendLine(c, $"| {Cell(a.Label)} | {a.StartSeconds:0.###} | {(a.IsInstant() ? "instant" : a.EndSeconds.ToString("0.###", c))} | {Cell(a.Detail ?? "")} |");
        }
        var g = r.Generator;
        md.AppendLine().AppendLine("## Generator");
        md.AppendLine(c, $"- dispatch lag p99 {g.DispatchLag.P99Ms:0.###} ms, max {g.DispatchLag.MaxMs:0.###} ms; dispatcher busy {g.DispatcherBusyPercent:0.#} %");
        md.AppendLine(c, $"- process CPU {(g.ProcessCpuPercent is { } cpu ? cpu.ToString("0.#", c) + " %" : "n/a (virtual clock)")} of {g.ProcessorCount} cores; GC pauses {g.GcPauseMs:0.#} ms ({g.GcPauses} pauses, longest {g.LongestGcPauseMs:0.#} ms)");
        if (g.Setup.Length > 0) md.AppendLine(c, $"- dispatcher: {g.Setup}");
        return md.ToString();
    }

    /// <summary>A table cell: a pipe or line break in free text would split the row.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
