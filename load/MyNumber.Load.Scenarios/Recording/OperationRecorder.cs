using System.Text;

namespace MyNumber.Load.Scenarios.Recording;

/// <summary>
/// Writes a run's operation log while it runs. Operations finish out of order; the outcome log is kept in
/// arrival order through a small reorder buffer (bounded: an arrival the engine dropped never comes, so
/// past <see cref="MaxPending"/> waiting records the gap is skipped). Latencies go to their own file in
/// completion order, so the outcome log carries nothing that depends on timing.
/// </summary>
public sealed class OperationRecorder : IDisposable
{
    public const int MaxPending = 100_000;

    private readonly Lock gate = new();
    private readonly StreamWriter outcomes;
    private readonly StreamWriter latencies;
    private readonly PriorityQueue<OperationRecord, long> pending = new();
    private long next;
    private bool disposed;

    public OperationRecorder(string directory, OperationLogHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        Directory.CreateDirectory(directory);
        OutcomePath = Path.Combine(directory, OperationLogFormat.OutcomeFileName);
        LatencyPath = Path.Combine(directory, OperationLogFormat.LatencyFileName);
        var utf8 = new UTF8Encoding(false);
        outcomes = new StreamWriter(OutcomePath, false, utf8) { NewLine = "\n" };
        latencies = new StreamWriter(LatencyPath, false, utf8) { NewLine = "\n" };
        outcomes.WriteLine(OperationLogFormat.Header(header));
    }

    public string OutcomePath { get; }

    public string LatencyPath { get; }

    public long Written { get; private set; }

    public void Record(OperationRecord record, long latencyMicros, long serviceMicros)
    {
        ArgumentNullException.ThrowIfNull(record);
        lock (gate)
        {
            if (disposed) return;
            latencies.WriteLine(OperationLogFormat.Latency(record.Sequence, latencyMicros, serviceMicros));
            pending.Enqueue(record, record.Sequence);
            while (pending.TryPeek(out var first, out var sequence) && (sequence <= next || pending.Count > MaxPending))
            {
                pending.Dequeue();
                Write(first);
                next = Math.Max(next, sequence + 1);
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed) return;
            disposed = true;
            while (pending.TryDequeue(out var record, out _)) Write(record);
            outcomes.Dispose();
            latencies.Dispose();
        }
    }

    private void Write(OperationRecord record)
    {
        outcomes.WriteLine(OperationLogFormat.Record(record));
        Written++;
    }
}
