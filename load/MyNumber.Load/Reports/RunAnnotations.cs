using MyNumber.Load.Timing;

namespace MyNumber.Load.Reports;

/// <summary>
/// The thread-safe sink a run's annotations go into while it runs: step code, init hooks and anything
/// else holding it (a fault injector on its own timer) stamp what happened when it happened. Stamps are
/// kept in clock ticks and placed on the measured phase's axis when the report is assembled, so a stamp
/// taken during init or warm-up lands at a negative second instead of a wrong one. One sink serves one run.
/// </summary>
public sealed class RunAnnotations
{
    private readonly Lock gate = new();
    private readonly List<RunAnnotation> placed = [];
    private readonly List<(string Label, long StartTicks, long? EndTicks, string? Detail)> stamped = [];
    private ILoadClock? clock;
    private long origin;

    /// <summary>Seconds since the measured phase began (since the run began, before that); 0 before the run.</summary>
    public double Seconds
    {
        get
        {
            lock (gate) return clock is null ? 0 : (clock.Now - origin) / (double)clock.Frequency;
        }
    }

    /// <summary>An annotation whose run seconds the caller knows (a window planned on the run's clock).</summary>
    public void Add(RunAnnotation annotation)
    {
        var checkedAnnotation = RunAnnotation.Checked(annotation);
        lock (gate) placed.Add(checkedAnnotation);
    }

    /// <summary>An instant, now (a process killed).</summary>
    public void Mark(string label, string? detail = null) => Stamp(label, detail, instant: true);

    /// <summary>A window that starts now; <see cref="End"/> closes the latest open one of that label, else it lasts to the run's end.</summary>
    public void Begin(string label, string? detail = null) => Stamp(label, detail, instant: false);

    /// <summary>Closes the latest open window of <paramref name="label"/>; a new detail replaces the one given at its start.</summary>
    public void End(string label, string? detail = null)
    {
        lock (gate)
        {
            var now = RunningClock().Now;
            int i = stamped.FindLastIndex(s => s.Label == label && s.EndTicks is null);
            if (i < 0) throw new InvalidOperationException($"no open run annotation '{label}' to end");
            stamped[i] = stamped[i] with { EndTicks = now, Detail = detail ?? stamped[i].Detail };
        }
    }

    internal void Attach(ILoadClock runClock)
    {
        lock (gate)
        {
            if (clock is not null) throw new InvalidOperationException("a run annotation sink serves one run; give each run its own");
            clock = runClock;
            origin = runClock.Now;
        }
    }

    /// <summary>The measured phase starts: its first tick is second 0.</summary>
    internal void StartMeasuring(long startTicks)
    {
        lock (gate) origin = startTicks;
    }

    /// <summary>Everything annotated, on the measured phase's axis; windows still open end at <paramref name="endTicks"/>.</summary>
    internal IReadOnlyList<RunAnnotation> Resolve(long endTicks)
    {
        lock (gate)
        {
            double frequency = clock?.Frequency ?? 1;
            double S(long ticks) => Math.Round((ticks - origin) / frequency, 6);
            return [.. placed.Concat(stamped.Select(s => new RunAnnotation(s.Label, S(s.StartTicks), S(Math.Max(s.StartTicks, s.EndTicks ?? endTicks)), s.Detail)))
                .OrderBy(a => a.StartSeconds).ThenBy(a => a.Label, StringComparer.Ordinal)];
        }
    }

    private void Stamp(string label, string? detail, bool instant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        lock (gate)
        {
            long now = RunningClock().Now;
            stamped.Add((label, now, instant ? now : null, detail));
        }
    }

    private ILoadClock RunningClock() =>
        clock ?? throw new InvalidOperationException("the run has not started: annotations are stamped on its clock");
}
