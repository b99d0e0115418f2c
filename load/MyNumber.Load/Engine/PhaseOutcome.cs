namespace MyNumber.Load.Engine;

/// <summary>What a phase left behind for the report: its runs, their interval rows, and its times (ticks).</summary>
internal sealed record PhaseOutcome(
    IReadOnlyList<ScenarioRun> Runs,
    IReadOnlyDictionary<string, IntervalTracker> Trackers,
    long Start,
    long OfferingEnd,
    long End,
    string? AbortReason);
