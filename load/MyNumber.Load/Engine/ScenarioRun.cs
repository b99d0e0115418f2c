using MyNumber.Load.Measurement;
using MyNumber.Load.Reports;
using MyNumber.Load.Simulations;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>
/// One scenario in one phase (warm-up or measured): walks its segments on the dispatcher thread,
/// offers open-model arrivals at their absolute due times through the concurrency cap, and sizes the
/// closed model's copies.
/// </summary>
internal sealed class ScenarioRun
{
    private readonly Scenario scenario;
    private readonly ILoadClock clock;
    private readonly IReadOnlyList<PlannedSegment> segments;
    private readonly IterationRunner runner;
    private readonly ClosedCopies copies;
    private readonly GeneratorMonitor monitor;
    private readonly object admissionGate = new();
    private readonly Queue<long> waiting = new();
    private readonly Action release;
    private int openInFlight;
    private int segmentIndex;
    private long segmentStart;
    private long arrivalIndex;

    public ScenarioRun(Scenario scenario, IReadOnlyList<PlannedSegment> segments, ILoadClock clock, GeneratorMonitor monitor, RunAnnotations annotations,
        CancellationToken stopToken)
    {
        this.scenario = scenario;
        this.clock = clock;
        this.segments = segments;
        this.monitor = monitor;
        runner = new IterationRunner(scenario, clock, Metrics, annotations, stopToken);
        copies = new ClosedCopies(runner, clock, stopToken);
        release = Release;
    }

    public string Name => scenario.Name;

    public ScenarioMetrics Metrics { get; } = new();

    public Scenario Scenario => scenario;

    public bool OfferingDone { get; private set; }

    public long StartedAt { get; private set; }

    /// <summary>When offering ended: the planned end of the last segment, or when the run was stopped.</summary>
    public long OfferingEndedAt { get; private set; }

    /// <summary>Nothing running, nothing queued, no copies: the phase can end for this scenario.</summary>
    public bool Idle
    {
        get
        {
            lock (admissionGate)
                if (openInFlight > 0 || waiting.Count > 0) return false;
            return copies.Count == 0 && Metrics.InFlight == 0;
        }
    }

    public void Start(long at)
    {
        StartedAt = at;
        segmentStart = at;
        segmentIndex = 0;
        if (segments.Count == 0) StopOffering(at);
        else EnterSegment();
    }

    /// <summary>Does everything due by now; returns the tick at which it next needs the dispatcher.</summary>
    public long Pump(long now)
    {
        while (!OfferingDone)
        {
            var segment = segments[segmentIndex];
            long end = segment.EndsByCount ? long.MaxValue : segmentStart + segment.DurationTicks;
            if (segment.IsOpen)
            {
                while (true)
                {
                    long offset = segment.ArrivalOffset(arrivalIndex);
                    if (offset == long.MaxValue || segmentStart + offset >= end) break;
                    long due = segmentStart + offset;
                    if (due > now) return due;
                    monitor.RecordDispatchLag(clock.Now - due);
                    arrivalIndex++;
                    Offer(due);
                    now = clock.Now;
                }
            }
            else if (segment.IsClosed && !segment.EndsByCount)
            {
                long offset = Math.Min(now - segmentStart, segment.DurationTicks);
                copies.Resize(segment.CopiesAt(offset));
                if (now < end) return Math.Min(end, segmentStart + segment.NextCopyChange(offset));
            }
            else if (segment.EndsByCount)
            {
                if (copies.Count > 0) return long.MaxValue;
                end = copies.LastExit;
            }
            if (now < end) return end;
            NextSegment(end);
        }
        return long.MaxValue;
    }

    /// <summary>Stops offering; running iterations finish, queued arrivals still start as slots free.</summary>
    public void StopOffering() => StopOffering(clock.Now);

    private void StopOffering(long at)
    {
        if (OfferingDone) return;
        OfferingDone = true;
        OfferingEndedAt = at;
        copies.Resize(0);
    }

    private void NextSegment(long at)
    {
        segmentIndex++;
        segmentStart = at;
        arrivalIndex = 0;
        if (segmentIndex >= segments.Count)
        {
            StopOffering(at);
            return;
        }
        EnterSegment();
    }

    private void EnterSegment()
    {
        var segment = segments[segmentIndex];
        if (!segment.IsClosed)
        {
            copies.Resize(0);
            return;
        }
        if (segment.EndsByCount)
        {
            copies.UseBudget(segment.Iterations);
            copies.Resize(segment.StartCopies);
        }
        else
        {
            copies.UseTime();
            copies.Resize(segment.CopiesAt(0));
        }
    }

    private void Offer(long due)
    {
        Metrics.CountOffered();
        var limit = scenario.Concurrency;
        lock (admissionGate)
        {
            if (openInFlight >= limit.MaxInFlight)
            {
                if (limit.Policy == OverflowPolicy.Queue && waiting.Count < limit.QueueBound) waiting.Enqueue(due);
                else Metrics.CountDropped();
                return;
            }
            openInFlight++;
        }
        if (runner.TryRunToCompletion(due, release)) Release();
    }

    /// <summary>
    /// A slot freed: hand it to the oldest queued arrival, or give it back. A loop, not recursion, so a
    /// queue of synchronous steps cannot overflow the stack.
    /// </summary>
    private void Release()
    {
        while (true)
        {
            long intended;
            lock (admissionGate)
            {
                if (!waiting.TryDequeue(out intended))
                {
                    openInFlight--;
                    return;
                }
            }
            if (!runner.TryRunToCompletion(intended, release)) return;
        }
    }
}
