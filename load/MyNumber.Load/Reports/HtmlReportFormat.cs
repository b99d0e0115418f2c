using System.Globalization;
using System.Net;
using System.Text;

namespace MyNumber.Load.Reports;

/// <summary>
/// One self-contained HTML file: tables rendered here, charts drawn by an inline script from the
/// embedded JSON. No network. Long runs are thinned to a bounded number of interval points, so the
/// page stays small whatever the duration.
/// </summary>
internal static class HtmlReportFormat
{
    public const int MaxPointsPerScenario = 600;

    public static string Render(RunReport report)
    {
        var r = Thin(report);
        var c = CultureInfo.InvariantCulture;
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.AppendLine(c, $"<title>Load run {E(r.RunId)}</title><style>{Resource("report.css")}</style></head><body>");
        html.AppendLine(c, $"<h1>Load run {E(r.RunId)}</h1><p class=\"meta\">Started {r.StartedAtUtc:u}, {r.DurationSeconds:0.###} s, reporting every {r.ReportingIntervalSeconds:0.###} s, exit code {r.ExitCode}.</p>");
        if (r.Generator.IsValid)
            html.AppendLine("<div class=\"banner valid\">Valid run: the generator kept up with its schedule.</div>");
        else
            html.AppendLine(c, $"<div class=\"banner invalid\" id=\"invalid\">INVALID RUN: the load generator fell behind; these latencies partly measure the generator, not the system. {E(string.Join("; ", r.Generator.InvalidReasons))}</div>");
        if (r.Aborted) html.AppendLine(c, $"<div class=\"banner invalid\">Aborted: {E(r.AbortReason ?? "")}</div>");
        html.AppendLine("<h2>Scenarios</h2><table><tr><th>scenario</th><th>load</th><th>offered</th><th>ok</th><th>failed</th><th>dropped</th><th>unfinished</th><th>max in flight</th><th>offered/s</th><th>achieved/s</th></tr>");
        foreach (var s in r.Scenarios)
            html.AppendLine(c, $"<tr><td>{E(s.Name)}</td><td>{Load(s)}<br>{E(s.Concurrency)}</td><td>{s.Offered}</td><td>{s.Ok}</td><td>{s.Failed}</td><td>{s.Dropped}</td><td>{s.Unfinished}</td><td>{s.MaxInFlight}</td><td>{s.OfferedRate:0.##}</td><td>{s.AchievedRate:0.##}</td></tr>");
        html.AppendLine("</table><h2>Latency (ms)</h2><p>Successes and failures are measured apart; thresholds read the successes unless they say otherwise.</p>");
        html.AppendLine("<table><tr><th>scenario / step</th><th>measured from</th><th>outcome</th><th>count</th><th>mean</th><th>p50</th><th>p75</th><th>p90</th><th>p95</th><th>p99</th><th>p99.9</th><th>p99.99</th><th>max</th></tr>");
        foreach (var s in r.Scenarios)
        {
            LatencyRow(html, s.Name, "intended start", "ok", s.Latency);
            LatencyRow(html, s.Name, "actual start", "ok", s.ServiceTime);
            if (s.FailedLatency.Count > 0)
            {
                LatencyRow(html, s.Name, "intended start", "failed", s.FailedLatency);
                LatencyRow(html, s.Name, "actual start", "failed", s.FailedServiceTime);
            }
            LatencyRow(html, s.Name, "scheduling lag", "all", s.SchedulingLag);
            foreach (var st in s.Steps)
            {
                LatencyRow(html, s.Name + " / " + st.Name, "step", "ok", st.Latency);
                if (st.FailedLatency.Count > 0) LatencyRow(html, s.Name + " / " + st.Name, "step", "failed", st.FailedLatency);
            }
        }
        html.AppendLine("</table>");
        Thresholds(html, r);
        var g = r.Generator;
        html.AppendLine(c, $"<h2>Generator</h2><p>Dispatch lag p99 {g.DispatchLag.P99Ms:0.###} ms (max {g.DispatchLag.MaxMs:0.###} ms); dispatcher busy {g.DispatcherBusyPercent:0.#} %; process CPU {(g.ProcessCpuPercent is { } cpu ? cpu.ToString("0.#", c) + " %" : "n/a (virtual clock)")} of {g.ProcessorCount} cores; GC pauses {g.GcPauseMs:0.#} ms ({g.GcPauses} pauses, longest {g.LongestGcPauseMs:0.#} ms). Dispatcher: {E(g.Setup)}.</p>");
        Annotations(html, r);
        html.AppendLine("<h2>Charts</h2><div id=\"charts\"></div>");
        html.AppendLine(c, $"<script type=\"application/json\" id=\"run-data\">{JsonReportFormat.Render(r)}</script>");
        html.AppendLine(c, $"<script>{Resource("report.js")}</script></body></html>");
        return html.ToString();
    }

    private static void Thresholds(StringBuilder html, RunReport r)
    {
        if (r.Thresholds.Count == 0) return;
        html.AppendLine("<h2>Thresholds</h2><table><tr><th>threshold</th><th>actual</th><th>result</th><th>first failed at (s)</th></tr>");
        foreach (var t in r.Thresholds)
        {
            string actual = t.Actual is { } a ? a.ToString("0.###", CultureInfo.InvariantCulture) : "n/a";
            string result = t.Passed ? "<span class=\"pass\">passed</span>" : $"<span class=\"fail\">FAILED{(t.AbortedRun ? " (aborted the run)" : "")}</span> {E(t.Problem ?? "")}";
            html.AppendLine(CultureInfo.InvariantCulture, $"<tr><td>{E(t.Description)}</td><td>{actual}</td><td>{result}</td><td>{t.FirstFailedAtSeconds}</td></tr>");
        }
        html.AppendLine("</table>");
    }

    private static void Annotations(StringBuilder html, RunReport r)
    {
        if (r.Annotations.Count == 0) return;
        html.AppendLine("<h2>Annotations</h2><p>Shaded on the charts over time (a line for an instant).</p><table id=\"annotations\"><tr><th>annotation</th><th>start (s)</th><th>end (s)</th><th>detail</th></tr>");
        foreach (var a in r.Annotations)
            html.AppendLine(CultureInfo.InvariantCulture,
                $"<tr><td>{E(a.Label)}</td><td>{a.StartSeconds:0.###}</td><td>{(a.IsInstant() ? "instant" : a.EndSeconds.ToString("0.###", CultureInfo.InvariantCulture))}</td><td>{E(a.Detail ?? "")}</td></tr>");
        html.AppendLine("</table>");
    }

    /// <summary>The load column: the summary, and the full chain behind a disclosure when it was summarised.</summary>
    private static string Load(ScenarioReport s)
    {
        string listed = string.Join("; ", s.Simulations);
        string summary = s.LoadSummary.Length > 0 ? s.LoadSummary : listed;
        if (summary == listed) return E(listed);
        var items = string.Concat(s.Simulations.Select(x => "<li>" + E(x) + "</li>"));
        return string.Create(CultureInfo.InvariantCulture, $"{E(summary)}<details><summary>all {s.Simulations.Count} phases</summary><ol>{items}</ol></details>");
    }

    private static void LatencyRow(StringBuilder html, string name, string from, string outcome, LatencySummary l) =>
        html.AppendLine(CultureInfo.InvariantCulture,
            $"<tr><td>{E(name)}</td><td>{from}</td><td>{outcome}</td><td>{l.Count}</td><td>{l.MeanMs:0.###}</td><td>{l.P50Ms:0.###}</td><td>{l.P75Ms:0.###}</td><td>{l.P90Ms:0.###}</td><td>{l.P95Ms:0.###}</td><td>{l.P99Ms:0.###}</td><td>{l.P999Ms:0.###}</td><td>{l.P9999Ms:0.###}</td><td>{l.MaxMs:0.###}</td></tr>");

    /// <summary>Keeps every n-th interval so a long run's page stays bounded (the CSV keeps them all).</summary>
    private static RunReport Thin(RunReport r) => r with
    {
        Scenarios = r.Scenarios.Select(s => s.Intervals.Count <= MaxPointsPerScenario ? s : s with
        {
            Intervals = s.Intervals.Where((_, i) => i % (int)Math.Ceiling(s.Intervals.Count / (double)MaxPointsPerScenario) == 0).ToList(),
        }).ToList(),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Resource(string name)
    {
        using var stream = typeof(HtmlReportFormat).Assembly.GetManifestResourceStream("MyNumber.Load.Reports." + name)
            ?? throw new InvalidOperationException($"the report resource {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
