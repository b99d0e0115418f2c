using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Thresholds;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>
/// The dispatcher loop of one run: init hooks, an optional warm-up phase whose measurements are thrown
/// away, the measured phase (schedules, reporting intervals, thresholds), the drain, clean hooks.
/// </summary>
internal sealed class RunDriver(LoadRunner settings, ILoadClock clock, string dispatcherSetup)
{
    private readonly RunAnnotations annotations = settings.AnnotationSink ?? new RunAnnotations();

    private const string WarmUpPhase = "warm-up";
    private const string MeasuredPhase = "measured";

    public RunReport Run(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var startedAtUtc = DateTimeOffset.UtcNow;
        annotations.Attach(clock);
        foreach (var annotation in settings.Annotations) annotations.Add(annotation);
        var plans = settings.Scenarios.ToDictionary(s => s.Name, s => SegmentPlanner.Plan(s.Simulations, clock.Frequency));
        var initialized = new List<Scenario>();
        try
        {
            foreach (var scenario in settings.Scenarios)
            {
                if (scenario.Init is { } init) Drive(init(new ScenarioInitContext(scenario.Name, clock, stop.Token, annotations)));
                initialized.Add(scenario);
            }
            var warmUps = settings.Scenarios.Where(s => s.WarmUp > TimeSpan.Zero).ToList();
            if (warmUps.Count > 0)
            {
                var warmUpWork = warmUps.Select(s => (s, SegmentPlanner.Truncate(plans[s.Name], Ticks(s.WarmUp)))).ToList();
                RunPhase(WarmUpPhase, warmUpWork, new ThresholdEvaluator([]), new GeneratorMonitor(clock, settings.GeneratorLimits), stop.Token);
            }
            var work = settings.Scenarios.Select(s => (s, plans[s.Name])).ToList();
            var evaluator = new ThresholdEvaluator(settings.Thresholds);
            var monitor = new GeneratorMonitor(clock, settings.GeneratorLimits);
            using var gcPauses = clock.IsVirtual ? null : new GcPauseListener();
            var phase = RunPhase(MeasuredPhase, work, evaluator, monitor, stop.Token);
            var report = ReportAssembler.Assemble(startedAtUtc, settings, phase, evaluator, monitor, clock, dispatcherSetup, gcPauses?.Pauses)
                with { Annotations = annotations.Resolve(phase.End) };
            foreach (var observer in settings.Observers) observer.OnCompleted(report);
            return report;
        }
        finally
        {
            stop.Cancel();
            foreach (var scenario in initialized)
                if (scenario.Clean is { } clean) Drive(clean(new ScenarioInitContext(scenario.Name, clock, CancellationToken.None, annotations)));
        }
    }

    private PhaseOutcome RunPhase(
        string name, List<(Scenario Scenario, IReadOnlyList<PlannedSegment> Plan)> work, ThresholdEvaluator evaluator, GeneratorMonitor monitor, CancellationToken token)
    {
        var monitored = work.Select(w => new ScenarioRun(w.Scenario, w.Plan, clock, monitor, annotations, token)).ToList();
        long start = clock.Now;
        if (name == MeasuredPhase) annotations.StartMeasuring(start);
        long interval = Ticks(settings.ReportingInterval);
        var trackers = monitored.ToDictionary(r => r.Name, r => new IntervalTracker(r, start, clock.Frequency));
        double? planned = PlannedSeconds(work.Select(w => w.Plan));
        monitor.Start();
        foreach (var run in monitored) run.Start(start);
        long nextReport = start + interval;
        string? abortReason = null;
        while (true)
        {
            long woke = clock.Now;
            // The interval closes before arrivals due at its very end are offered: they belong to the next one.
            if (woke >= nextReport)
            {
                CloseInterval(name, start, planned, trackers);
                nextReport = NextReport(nextReport, interval, clock.Now);
                if (name == MeasuredPhase) abortReason ??= evaluator.CheckDuringRun(monitored, Seconds(clock.Now - start));
            }
            long next = nextReport;
            if (abortReason is null)
                foreach (var run in monitored)
                    if (!run.OfferingDone) next = Math.Min(next, run.Pump(clock.Now));
            if (monitored.All(r => r.OfferingDone) || abortReason is not null || token.IsCancellationRequested) break;
            monitor.AddBusy(clock.Now - woke);
            clock.WaitUntil(next, token);
        }
        if (abortReason is null && token.IsCancellationRequested) abortReason = "cancelled by the caller";
        long offeringEnd = clock.Now;
        foreach (var run in monitored) run.StopOffering();
        long drainDeadline = clock.Now + Ticks(settings.CompletionTimeout);
        while (!monitored.All(r => r.Idle) && clock.Now < drainDeadline)
        {
            if (clock.Now >= nextReport)
            {
                CloseInterval(name, start, planned, trackers);
                nextReport = NextReport(nextReport, interval, clock.Now);
            }
            clock.WaitUntil(Math.Min(nextReport, drainDeadline), CancellationToken.None);
        }
        CloseInterval(name, start, planned, trackers);
        return new PhaseOutcome(monitored, trackers, start, offeringEnd, clock.Now, abortReason);
    }

    private void CloseInterval(string phase, long start, double? planned, Dictionary<string, IntervalTracker> trackers)
    {
        long now = clock.Now;
        foreach (var tracker in trackers.Values) tracker.Close(now);
        if (settings.Observers.Count == 0) return;
        var latest = trackers.Where(t => t.Value.Latest is not null).ToDictionary(t => t.Key, t => t.Value.Latest!);
        var progress = new RunProgress(phase, Seconds(now - start), planned, latest);
        foreach (var observer in settings.Observers) observer.OnProgress(progress);
    }

    private double? PlannedSeconds(IEnumerable<IReadOnlyList<PlannedSegment>> plans)
    {
        var all = plans.ToList();
        return all.Any(p => p.Any(s => s.EndsByCount)) ? null : all.Max(p => Seconds(p.Sum(s => s.DurationTicks)));
    }

    /// <summary>Runs a hook to completion on the dispatcher; waiting through the clock keeps virtual timers firing.</summary>
    private void Drive(Task task)
    {
        while (!task.IsCompleted) clock.WaitUntil(clock.Now + Math.Max(1, clock.Frequency / 1000), CancellationToken.None);
        task.GetAwaiter().GetResult();
    }

    /// <summary>The next interval end after now: a stalled dispatcher makes one long interval, not many empty ones.</summary>
    private static long NextReport(long current, long interval, long now)
    {
        long next = current + interval;
        if (next <= now) next += (now - next) / interval * interval + interval;
        return next;
    }

    private long Ticks(TimeSpan span) => (long)Math.Round(span.Ticks * (double)clock.Frequency / TimeSpan.TicksPerSecond);

    private double Seconds(long ticks) => ticks / (double)clock.Frequency;
}
