using System.Diagnostics;

namespace MyNumber.Jpki.Benchmarks;

/// <summary>Operations per second of a loop run on dedicated threads (one per core by default), after a short
/// warm-up; every thread gets its own work delegate so nothing is shared that the real system would not share.</summary>
internal static class Throughput
{
    public static double Measure(TimeSpan duration, Func<int, Action> workForThread, int? threads = null)
    {
        var count = threads ?? Environment.ProcessorCount;
        var work = Enumerable.Range(0, count).Select(workForThread).ToArray();
        var operations = new long[count];
        var phase = 0; // 0 warm-up, 1 measuring, 2 stop
        var workers = Enumerable.Range(0, count).Select(t => new Thread(() =>
        {
            long done = 0;
            while (Volatile.Read(ref phase) == 0)
            {
                work[t]();
            }

            while (Volatile.Read(ref phase) == 1)
            {
                work[t]();
                done++;
            }

            operations[t] = done;
        }) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
        Thread.Sleep(duration / 5);
        var stopwatch = Stopwatch.StartNew();
        Volatile.Write(ref phase, 1);
        Thread.Sleep(duration);
        Volatile.Write(ref phase, 2);
        stopwatch.Stop();
        workers.ForEach(w => w.Join());
        return operations.Sum() / stopwatch.Elapsed.TotalSeconds;
    }
}
