using MyNumber.Load.Measurement;
using MyNumber.Load.Reports;

namespace MyNumber.Load.Engine;

/// <summary>Cuts one scenario's cumulative counters and histograms into per-interval rows.</summary>
internal sealed class IntervalTracker(ScenarioRun run, long phaseStart, long frequency)
{
    private readonly List<IntervalReport> intervals = [];
    private readonly long start = phaseStart;
    private long previousEnd = phaseStart;
    private long offered;
    private long started;
    private long ok;
    private long failed;
    private long dropped;

    public IReadOnlyList<IntervalReport> Intervals => intervals;

    public IntervalReport? Latest => intervals.Count == 0 ? null : intervals[^1];

    public void Close(long now)
    {
        var m = run.Metrics;
        m.CloseInterval();
        if (now <= previousEnd) return;
        double seconds = (now - previousEnd) / (double)frequency;
        long o = m.Offered, s = m.Started, k = m.Ok, f = m.Failed, d = m.Dropped;
        var latency = m.Latency.Interval;
        intervals.Add(new IntervalReport(
            Seconds(previousEnd), Seconds(now), o - offered, s - started, k + f - ok - failed, k - ok, f - failed, d - dropped,
            m.InFlight, (o - offered) / seconds, (k + f - ok - failed) / seconds,
            LatencySummaries.At(latency, 50), LatencySummaries.At(latency, 90), LatencySummaries.At(latency, 99),
            LatencySummaries.At(latency, 100), LatencySummaries.At(m.ServiceTime.Interval, 99))
        {
            FailedLatencyP99Ms = m.FailedLatency is { } failedLatency ? LatencySummaries.At(failedLatency.Interval, 99) : 0,
        });
        (offered, started, ok, failed, dropped, previousEnd) = (o, s, k, f, d, now);
    }

    private double Seconds(long tick) => Math.Round((tick - start) / (double)frequency, 6);
}
