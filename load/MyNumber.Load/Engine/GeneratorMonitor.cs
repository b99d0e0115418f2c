using System.Diagnostics;
using MyNumber.Load.Measurement;
using MyNumber.Load.Reports;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>
/// Watches the generator itself: how late the dispatcher handled each arrival (dispatch lag), how much
/// of the wall time the dispatcher was busy rather than waiting, and the process's CPU and GC pauses.
/// </summary>
internal sealed class GeneratorMonitor(ILoadClock clock, GeneratorLimits limits)
{
    private readonly double microsPerTick = 1_000_000.0 / clock.Frequency;
    private long busyTicks;
    private long startTicks;
    private TimeSpan startCpu;
    private TimeSpan startGcPause;

    public LatencyRecorder DispatchLag { get; } = new();

    public void Start()
    {
        startTicks = clock.Now;
        busyTicks = 0;
        startCpu = Process.GetCurrentProcess().TotalProcessorTime;
        startGcPause = GC.GetTotalPauseDuration();
    }

    public void RecordDispatchLag(long ticks) => DispatchLag.Record((long)(ticks * microsPerTick));

    public void AddBusy(long ticks) => busyTicks += ticks;

    /// <param name="now">The end of the phase (clock ticks).</param>
    /// <param name="gcPauses">The GC's stop-the-world pauses in the phase, when they were watched.</param>
    public GeneratorReport Report(long now, (int Count, double LongestMs)? gcPauses = null)
    {
        DispatchLag.CloseInterval();
        var lag = LatencySummaries.From(DispatchLag.Cumulative);
        double wallTicks = Math.Max(1, now - startTicks);
        double busyPercent = 100.0 * busyTicks / wallTicks;
        double? cpuPercent = null;
        if (!clock.IsVirtual)
        {
            double wallSeconds = wallTicks / clock.Frequency;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - startCpu).TotalSeconds;
            cpuPercent = 100.0 * cpuSeconds / (wallSeconds * Environment.ProcessorCount);
        }
        var reasons = new List<string>();
        double gcPauseMs = (GC.GetTotalPauseDuration() - startGcPause).TotalMilliseconds;
        if (lag.Count > 0 && lag.P99Ms > limits.MaxDispatchLagP99.TotalMilliseconds)
        {
            string cause = gcPauses is { Count: > 0 } p && p.LongestMs > limits.MaxDispatchLagP99.TotalMilliseconds
                ? $" (the GC stopped the whole process, dispatcher included, {p.Count} times: {gcPauseMs:0} ms in all, longest {p.LongestMs:0.#} ms)"
                : "";
            reasons.Add($"generator fell behind: dispatch lag p99 {lag.P99Ms:0.###} ms > {limits.MaxDispatchLagP99.TotalMilliseconds:0.###} ms{cause}");
        }
        if (busyPercent > limits.MaxDispatcherBusyPercent)
            reasons.Add($"dispatcher busy {busyPercent:0.#}% of the time > {limits.MaxDispatcherBusyPercent:0.#}% (steps doing synchronous work on it?)");
        if (DispatchLag.Clamped > 0) reasons.Add($"{DispatchLag.Clamped} dispatch lags exceeded the histogram range");
        return new GeneratorReport(reasons.Count == 0, reasons, lag, busyPercent, cpuPercent, Environment.ProcessorCount, clock.IsVirtual, gcPauseMs)
        {
            GcPauses = gcPauses?.Count ?? 0,
            LongestGcPauseMs = gcPauses?.LongestMs ?? 0,
        };
    }
}
