using System.Globalization;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// One fault of the run on the report's timeline: its window in simulated (Japan) time and in seconds of
/// the run's wall clock, whether the fleet injected it, and how many operations meant for the window ended
/// as errors. The engine's reports have no annotation hook yet, so the verdict carries the timeline.
/// </summary>
public sealed record FaultTimelineEntry(
    FaultKind Kind,
    DateTimeOffset Start,
    DateTimeOffset End,
    double? WallStartSeconds,
    double? WallEndSeconds,
    bool Injected,
    long Errors,
    string? Note)
{
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        string when = string.Format(c, "{0:yyyy-MM-dd HH:mm}–{1:yyyy-MM-dd HH:mm} JST", Start.ToOffset(CalendarWindow.JapanOffset), End.ToOffset(CalendarWindow.JapanOffset));
        string wall = WallStartSeconds is { } ws && WallEndSeconds is { } we ? string.Format(c, " (run {0:0.#}–{1:0.#} s)", ws, we) : "";
        string effect = Injected ? string.Format(c, ", {0:N0} errors", Errors) : ", not injected by this build";
        return $"{FaultName(Kind)} {when}{wall}{effect}";
    }

    /// <summary>The scenario file's name of a fault kind ("renewal-function-outage").</summary>
    public static string FaultName(FaultKind kind) =>
        string.Concat(kind.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
