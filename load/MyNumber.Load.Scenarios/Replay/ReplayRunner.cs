using System.Diagnostics;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Replay;

/// <summary>
/// Re-executes a recorded run on a fresh fleet in stepped time: the clock is moved to each operation's
/// intended instant, the operation runs with its recorded resident and inputs, and the outcome is
/// compared with the recorded one. Operations run one at a time, in arrival order, so the replay is
/// exact whatever the recording's timing was. The replay writes its own outcome log next to the original.
/// </summary>
public static class ReplayRunner
{
    public static async Task<ReplayResult> RunAsync(OperationLog log, FleetConnection fleet, string outputDirectory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(fleet);
        foreach (var op in log.Records.Select(r => r.Operation).Distinct())
            if (!OperationLibrary.TryGet(op, out _)) throw new InvalidOperationException($"operation {op} in {log.Path} is not supported by this build: {OperationLibrary.WhyUnsupported(op)}");
        fleet.Clock.Freeze();
        var replayed = new List<OperationRecord>(log.Records.Count);
        var watch = Stopwatch.StartNew();
        string path;
        using (var recorder = new OperationRecorder(outputDirectory, log.Header))
        {
            path = recorder.OutcomePath;
            foreach (var record in log.Records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                fleet.Clock.AdvanceTo(record.IntendedAt);
                var operation = OperationLibrary.Get(record.Operation);
                long started = Stopwatch.GetTimestamp();
                var outcome = await OperationLibrary.ExecuteAsync(operation, fleet,
                    new OperationInput(record.Sequence, record.ResidentIndex, record.IntendedAt, record.Variant)).ConfigureAwait(false);
                long micros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                var again = record with { Outcome = outcome.Kind, Reason = outcome.Reason };
                recorder.Record(again, micros, micros);
                replayed.Add(again);
            }
        }
        watch.Stop();
        var span = log.Header.SimulatedEnd - log.Header.SimulatedStart;
        return new ReplayResult(LogDifference.Between(log.Records, replayed), replayed.Count, span, watch.Elapsed, path);
    }
}
