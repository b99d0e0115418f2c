using System.Globalization;
using System.Text;

namespace MyNumber.Load.Reports;

/// <summary>
/// The run report as CSV tables: one summary row per scenario and step, one row per interval, one row per
/// annotation (its own file: the other two have a row per scenario, an annotation belongs to the run).
/// Latency columns are the successes'; failed_* columns the failures'.
/// </summary>
internal static class CsvReportFormat
{
    public static string Summary(RunReport r)
    {
        var csv = new StringBuilder();
        csv.AppendLine("valid,scenario,step,offered,started,ok,failed,dropped,offered_per_s,achieved_per_s,mean_ms,p50_ms,p75_ms,p90_ms,p95_ms,p99_ms,p99_9_ms,p99_99_ms,max_ms,service_p50_ms,service_p99_ms,service_max_ms,failed_p50_ms,failed_p99_ms,failed_max_ms");
        string valid = r.Generator.IsValid ? "true" : "false";
        foreach (var s in r.Scenarios)
        {
            Row(csv, valid, s.Name, "", s.Offered, s.Started, s.Ok, s.Failed, s.Dropped, s.OfferedRate, s.AchievedRate, s.Latency, s.ServiceTime, s.FailedLatency);
            foreach (var st in s.Steps)
                Row(csv, valid, s.Name, st.Name, st.Ok + st.Failed, st.Ok + st.Failed, st.Ok, st.Failed, 0, 0, 0, st.Latency, st.ServiceTime, st.FailedLatency);
        }
        return csv.ToString();
    }

    public static string Intervals(RunReport r)
    {
        var csv = new StringBuilder();
        csv.AppendLine("scenario,start_s,end_s,offered,started,completed,ok,failed,dropped,in_flight,offered_per_s,achieved_per_s,p50_ms,p90_ms,p99_ms,max_ms,service_p99_ms,failed_p99_ms");
        foreach (var s in r.Scenarios)
            foreach (var i in s.Intervals)
                csv.AppendLine(string.Join(',', Quote(s.Name), N(i.StartSeconds), N(i.EndSeconds), N(i.Offered), N(i.Started), N(i.Completed), N(i.Ok),
                    N(i.Failed), N(i.Dropped), N(i.InFlight), N(i.OfferedRate), N(i.AchievedRate), N(i.LatencyP50Ms), N(i.LatencyP90Ms),
                    N(i.LatencyP99Ms), N(i.LatencyMaxMs), N(i.ServiceTimeP99Ms), N(i.FailedLatencyP99Ms)));
        return csv.ToString();
    }

    public static string Annotations(RunReport r)
    {
        var csv = new StringBuilder();
        csv.AppendLine("label,start_s,end_s,detail");
        foreach (var a in r.Annotations)
            csv.AppendLine(string.Join(',', Quote(a.Label), N(a.StartSeconds), N(a.EndSeconds), Quote(a.Detail ?? "")));
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string valid, string scenario, string step, long offered, long started, long ok, long failed,
        long dropped, double offeredRate, double achievedRate, LatencySummary l, LatencySummary service, LatencySummary failedLatency) =>
        csv.AppendLine(string.Join(',', valid, Quote(scenario), Quote(step), N(offered), N(started), N(ok), N(failed), N(dropped), N(offeredRate),
            N(achievedRate), N(l.MeanMs), N(l.P50Ms), N(l.P75Ms), N(l.P90Ms), N(l.P95Ms), N(l.P99Ms), N(l.P999Ms), N(l.P9999Ms), N(l.MaxMs),
            N(service.P50Ms), N(service.P99Ms), N(service.MaxMs), N(failedLatency.P50Ms), N(failedLatency.P99Ms), N(failedLatency.MaxMs)));

    private static string N(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    private static string Quote(string v) =>
        v.IndexOfAny([',', '"', '\n', '\r']) < 0 ? v : "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
