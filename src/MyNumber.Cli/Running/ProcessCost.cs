using System.Diagnostics;
using System.Globalization;

namespace MyNumber.Cli.Running;

/// <summary>
/// What a measured phase cost this process: CPU time, wall time, garbage collections and their pauses.
/// CPU per operation is the figure to compare between runs on a shared machine, where throughput also
/// depends on what else ran.
/// </summary>
public sealed record ProcessCost(TimeSpan Cpu, TimeSpan Wall, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public static Meter Start() => new();

    public string Describe(long operations, string unit)
    {
        var perOperation = operations > 0 ? Cpu.TotalMicroseconds / operations : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"cost: {perOperation:0.0} µs CPU per {unit} ({operations:N0} in {Wall.TotalSeconds:0.0} s, CPU {Cpu.TotalSeconds:0.0} s = {Cpu / Wall / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores); " +
            $"GC {Gen0}/{Gen1}/{Gen2} (gen0/1/2), paused {GcPause.TotalSeconds:0.00} s");
    }

    /// <summary>Counters taken at the start of a phase.</summary>
    public sealed class Meter
    {
        private readonly TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;
        private readonly long _started = Stopwatch.GetTimestamp();
        private readonly int _gen0 = GC.CollectionCount(0), _gen1 = GC.CollectionCount(1), _gen2 = GC.CollectionCount(2);
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();

        public ProcessCost Stop() => new(
            Process.GetCurrentProcess().TotalProcessorTime - _cpu,
            Stopwatch.GetElapsedTime(_started),
            GC.CollectionCount(0) - _gen0 - (GC.CollectionCount(1) - _gen1),
            GC.CollectionCount(1) - _gen1 - (GC.CollectionCount(2) - _gen2),
            GC.CollectionCount(2) - _gen2,
            GC.GetTotalPauseDuration() - _paused);
    }
}
