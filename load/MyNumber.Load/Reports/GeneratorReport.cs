namespace MyNumber.Load.Reports;

/// <summary>
/// The load generator's check on itself. When it fell behind its own schedule the latencies partly
/// measure the generator, not the system, and the run is invalid.
/// </summary>
public sealed record GeneratorReport(
    bool IsValid,
    IReadOnlyList<string> InvalidReasons,
    LatencySummary DispatchLag,
    double DispatcherBusyPercent,
    double? ProcessCpuPercent,
    int ProcessorCount,
    bool VirtualClock,
    double GcPauseMs)
{
    /// <summary>How the dispatcher ran: its thread priority, how it waits, the GC's latency mode.</summary>
    public string Setup { get; init; } = "";

    /// <summary>Stop-the-world GC pauses during the measured phase (0 when not watched, as on a virtual clock).</summary>
    public int GcPauses { get; init; }

    public double LongestGcPauseMs { get; init; }
}
