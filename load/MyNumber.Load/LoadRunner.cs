using MyNumber.Load.Engine;
using MyNumber.Load.Reports;
using MyNumber.Load.Thresholds;
using MyNumber.Load.Timing;

namespace MyNumber.Load;

/// <summary>
/// Runs scenarios together and returns the report, whose <see cref="RunReport.ExitCode"/> is what a
/// command line should exit with. The schedule is driven from one dedicated thread; configuration
/// problems throw <see cref="LoadConfigurationException"/> before any load is applied.
/// </summary>
public sealed record LoadRunner
{
    private LoadRunner(IReadOnlyList<Scenario> scenarios) => Scenarios = scenarios;

    public IReadOnlyList<Scenario> Scenarios { get; init; }

    public IReadOnlyList<Threshold> Thresholds { get; init; } = [];

    /// <summary>Null: real time.</summary>
    public ILoadClock? Clock { get; init; }

    public TimeSpan ReportingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long iterations still running at the end may take before the run ends without them.</summary>
    public TimeSpan CompletionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public GeneratorLimits GeneratorLimits { get; init; } = GeneratorLimits.Default;

    public IReadOnlyList<IRunObserver> Observers { get; init; } = [];

    /// <summary>Annotations whose run seconds are known before the run (a planned outage window).</summary>
    public IReadOnlyList<RunAnnotation> Annotations { get; init; } = [];

    /// <summary>
    /// Where the run's steps and hooks stamp annotations (their contexts hand it out); give one to stamp
    /// from outside the steps too. Null: the run makes its own.
    /// </summary>
    public RunAnnotations? AnnotationSink { get; init; }

    public static LoadRunner Create(params Scenario[] scenarios) => new([.. scenarios]);

    public LoadRunner WithThresholds(params Threshold[] thresholds) => this with { Thresholds = [.. thresholds] };

    public LoadRunner WithClock(ILoadClock clock) => this with { Clock = clock };

    public LoadRunner WithReportingInterval(TimeSpan interval) => this with { ReportingInterval = interval };

    public LoadRunner WithCompletionTimeout(TimeSpan timeout) => this with { CompletionTimeout = timeout };

    public LoadRunner WithGeneratorLimits(GeneratorLimits limits) => this with { GeneratorLimits = limits };

    public LoadRunner WithObserver(IRunObserver observer) => this with { Observers = [.. Observers, observer] };

    public LoadRunner WithAnnotations(params RunAnnotation[] annotations) =>
        this with { Annotations = [.. Annotations, .. annotations.Select(RunAnnotation.Checked)] };

    public LoadRunner WithAnnotationSink(RunAnnotations sink) => this with { AnnotationSink = sink };

    public Task<RunReport> RunAsync(CancellationToken cancellationToken = default)
    {
        ConfigurationValidator.Validate(Scenarios, Thresholds, ReportingInterval);
        var completion = new TaskCompletionSource<RunReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            var ownClock = Clock is null ? new SystemLoadClock() : null;
            var clock = Clock ?? ownClock!;
            using var gc = clock.IsVirtual ? null : GcLatencyScope.Enter();
            try
            {
                string setup = clock.IsVirtual ? "virtual clock" : DispatcherSetup(clock);
                var driver = new RunDriver(this, clock, setup);
                completion.SetResult(driver.Run(cancellationToken));
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }
            finally
            {
                ownClock?.Dispose();
            }
        })
        {
            // The dispatcher, not a pool thread: it must not queue behind the steps it schedules.
            IsBackground = true,
            Name = "load dispatcher",
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
        return completion.Task;
    }

    /// <summary>Raises the dispatcher thread's priority (where the OS lets it) and says how it runs.</summary>
    private static string DispatcherSetup(ILoadClock clock)
    {
        string priority = LinuxDispatcherTuning.RaiseCurrentThread();
        string waits = clock is SystemLoadClock system ? system.WaitMode : clock.GetType().Name;
        return $"dedicated thread, {priority}; {waits}; {GcLatencyScope.Describe()}";
    }
}
