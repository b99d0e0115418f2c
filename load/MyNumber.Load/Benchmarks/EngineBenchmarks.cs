using System.Diagnostics;
using System.Globalization;
using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;

namespace MyNumber.Load.Benchmarks;

/// <summary>
/// The engine's own figures, measured in real time on this machine (for `mynumber bench`). Each
/// method runs for about the duration it is given and returns plain numbers.
/// </summary>
public static class EngineBenchmarks
{
    private static readonly Func<ScenarioContext, ValueTask<StepResult>> NoOp = static _ => ValueTask.FromResult(StepResult.Ok());

    /// <summary>Wall time per iteration of a one-copy closed loop with a no-op step, against a bare loop calling the same delegate.</summary>
    public static BenchmarkResult EngineOverhead(TimeSpan duration)
    {
        double bare = BareLoopMicros(TimeSpan.FromTicks(Math.Max(duration.Ticks / 4, TimeSpan.TicksPerMillisecond * 100)));
        var report = Run(Scenario.Create("no-op", NoOp).WithLoadSimulations(LoadSimulation.KeepConstant(1, duration)));
        var s = report.Scenarios[0];
        double perIteration = s.DurationSeconds * 1_000_000 / Math.Max(1, s.Completed);
        return new BenchmarkResult("engine overhead per iteration (no-op step)", Math.Round(perIteration, 4), Math.Round(bare, 4), "µs", "≤ 2 µs",
            perIteration <= 2, string.Create(CultureInfo.InvariantCulture, $"{s.Completed} iterations in {s.DurationSeconds:0.##} s on 1 copy; baseline: bare loop invoking the same delegate"));
    }

    /// <summary>Dispatch lag p99 of an open-model run at <paramref name="ratePerSecond"/>, against the overshoot of a 1 ms sleep.</summary>
    public static BenchmarkResult ScheduleLag(double ratePerSecond, TimeSpan duration)
    {
        double sleepP99 = SleepOvershootP99Ms(200);
        // A second of warm-up (measured apart and dropped) keeps JIT tiering out of the figure.
        var scenario = Scenario.Create("no-op", NoOp).WithWarmUp(TimeSpan.FromSeconds(1))
            .WithLoadSimulations(LoadSimulation.Inject(ratePerSecond, TimeSpan.FromSeconds(1), duration));
        var allocations = new AllocationSampler();
        var report = Run(scenario, allocations);
        var lag = report.Generator.DispatchLag;
        var s = report.Scenarios[0];
        double bytesPerIteration = allocations.BytesPerIteration;
        return new BenchmarkResult(string.Create(CultureInfo.InvariantCulture, $"schedule lag p99 at {ratePerSecond:0} iterations/s"), lag.P99Ms, Math.Round(sleepP99, 3), "ms", "≤ 1 ms",
            lag.P99Ms <= 1, string.Create(CultureInfo.InvariantCulture,
                $"offered {s.Offered} ({s.OfferedRate:0}/s), p50 {lag.P50Ms} ms, p99.9 {lag.P999Ms} ms, max {lag.MaxMs} ms, dispatcher busy {report.Generator.DispatcherBusyPercent:0.#} %, process CPU {report.Generator.ProcessCpuPercent:0.#} % of {report.Generator.ProcessorCount} cores, GC pauses {report.Generator.GcPauseMs:0.#} ms, {bytesPerIteration:0.#} B allocated per iteration in steady state (whole process, interval reports included); {report.Generator.Setup}; baseline: p99 overshoot of Thread.Sleep(1), the resolution of sleep-paced generators"));
    }

    /// <summary>
    /// Managed heap growth per minute over a run at <paramref name="ratePerSecond"/> (after forced
    /// collections), against what keeping every sample (8 bytes each, as k6 does) would cost.
    /// </summary>
    public static BenchmarkResult MemoryGrowth(double ratePerSecond, TimeSpan duration)
    {
        var sampler = new HeapSampler(duration.TotalSeconds * 0.2);
        var report = Run(Scenario.Create("no-op", NoOp).WithLoadSimulations(LoadSimulation.Inject(ratePerSecond, TimeSpan.FromSeconds(1), duration)), sampler);
        double minutes = Math.Max(1e-9, (sampler.LastSeconds - sampler.FirstSeconds) / 60);
        double growthKbPerMinute = (sampler.LastBytes - sampler.FirstBytes) / 1024.0 / minutes;
        double perSampleKbPerMinute = ratePerSecond * 60 * 8 / 1024.0;
        return new BenchmarkResult(string.Create(CultureInfo.InvariantCulture, $"heap growth at {ratePerSecond:0}/s"), Math.Round(growthKbPerMinute, 1), Math.Round(perSampleKbPerMinute, 1), "KB/min",
            "≤ 64 KB/min (flat: no per-sample storage)", growthKbPerMinute <= 64, string.Create(CultureInfo.InvariantCulture,
                $"heap {sampler.FirstBytes / 1024} KB at {sampler.FirstSeconds:0} s → {sampler.LastBytes / 1024} KB at {sampler.LastSeconds:0} s over {report.Scenarios[0].Completed} iterations; baseline: 8 bytes per sample kept"));
    }

    private static RunReport Run(Scenario scenario, IRunObserver? observer = null)
    {
        var runner = LoadRunner.Create(scenario).WithGeneratorLimits(new GeneratorLimits(TimeSpan.FromSeconds(1), 100));
        if (observer is not null) runner = runner.WithObserver(observer);
        return runner.RunAsync().GetAwaiter().GetResult();
    }

    private static double BareLoopMicros(TimeSpan duration)
    {
        var step = NoOp;
        long calls = 0;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            for (int i = 0; i < 1000; i++)
                if (step(null!).Result.IsOk) calls++;
        }
        return watch.Elapsed.TotalMilliseconds * 1000 / calls;
    }

    private static double SleepOvershootP99Ms(int samples)
    {
        var overshoot = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            long start = Stopwatch.GetTimestamp();
            Thread.Sleep(1);
            overshoot[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds - 1;
        }
        Array.Sort(overshoot);
        return overshoot[(int)Math.Ceiling(samples * 0.99) - 1];
    }

    /// <summary>
    /// Bytes the whole process allocated per completed iteration between the measured phase's first
    /// interval and its last: the phase's fixed set-up (its histograms) is left out, as on a long run.
    /// </summary>
    private sealed class AllocationSampler : IRunObserver
    {
        private long firstBytes = -1;
        private long lastBytes;
        private long iterations;

        public double BytesPerIteration => iterations == 0 ? 0 : (lastBytes - firstBytes) / (double)iterations;

        public void OnProgress(RunProgress progress)
        {
            if (progress.Phase != "measured") return;
            long bytes = GC.GetTotalAllocatedBytes(precise: false);
            if (firstBytes < 0)
            {
                firstBytes = bytes;
                return;
            }
            lastBytes = bytes;
            iterations += progress.Latest.Values.Sum(i => i.Completed);
        }

        public void OnCompleted(RunReport report)
        {
        }
    }

    /// <summary>Forces a collection and reads the heap at the first interval after a start-up share of the run, and at every later one.</summary>
    private sealed class HeapSampler(double firstAfterSeconds) : IRunObserver
    {
        public double FirstSeconds { get; private set; } = -1;
        public long FirstBytes { get; private set; }
        public double LastSeconds { get; private set; }
        public long LastBytes { get; private set; }

        public void OnProgress(RunProgress progress)
        {
            if (progress.ElapsedSeconds < firstAfterSeconds) return;
            long bytes = GC.GetTotalMemory(forceFullCollection: true);
            if (FirstSeconds < 0) (FirstSeconds, FirstBytes) = (progress.ElapsedSeconds, bytes);
            (LastSeconds, LastBytes) = (progress.ElapsedSeconds, bytes);
        }

        public void OnCompleted(RunReport report)
        {
        }
    }
}
