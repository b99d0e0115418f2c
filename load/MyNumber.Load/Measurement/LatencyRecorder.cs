using HdrHistogram;

namespace MyNumber.Load.Measurement;

/// <summary>
/// Microsecond latencies at 3 significant digits, recorded wait-free from any thread. HdrHistogram 2.5.0
/// throws on values outside its range and its concurrent histogram must not be read while written, so
/// values are clamped (and the clamps counted) and reads go through a <see cref="Recorder"/>'s interval
/// flip. Memory is fixed: nothing grows with the number of samples.
/// </summary>
internal sealed class LatencyRecorder
{
    public const long HighestMicros = 3_600_000_000; // one hour
    private readonly Recorder recorder;
    private long clamped;

    public LatencyRecorder()
    {
        recorder = HistogramFactory.With64BitBucketSize().WithValuesFrom(1).WithValuesUpTo(HighestMicros)
            .WithPrecisionOf(3).WithThreadSafeWrites().WithThreadSafeReads().Create();
        Interval = NewHistogram();
        Cumulative = NewHistogram();
    }

    /// <summary>The values of the last closed interval (read by the dispatcher thread only).</summary>
    public HistogramBase Interval { get; }

    /// <summary>Every value since the start of the phase (read by the dispatcher thread only).</summary>
    public HistogramBase Cumulative { get; }

    public long Clamped => Interlocked.Read(ref clamped);

    public void Record(long micros)
    {
        if (micros < 0) micros = 0;
        else if (micros > HighestMicros)
        {
            Interlocked.Increment(ref clamped);
            micros = HighestMicros;
        }
        recorder.RecordValue(micros);
    }

    /// <summary>Closes the current interval: its values move into <see cref="Interval"/> and <see cref="Cumulative"/>.</summary>
    public void CloseInterval()
    {
        Interval.Reset();
        recorder.GetIntervalHistogramInto(Interval);
        Cumulative.Add(Interval);
    }

    private static LongHistogram NewHistogram() => new(1, HighestMicros, 3);
}
