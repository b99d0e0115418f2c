using System.Globalization;
using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// One fault of the run on the report's timeline: its window in simulated (Japan) time and in seconds of
/// the run's wall clock, whether the fleet injected it, and how many operations meant for the window ended
/// as errors. The verdict carries the timeline, and each entry the run reached is also an annotation on
/// the engine's reports (<see cref="ToAnnotation"/>).
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

    /// <summary>
    /// This fault on the engine report's time axis: a window (an instant for a silo kill, which happens at its
    /// start), cut at the run's end; null when the run never reached it or it has no run seconds.
    /// </summary>
    public RunAnnotation? ToAnnotation(double runSeconds)
    {
        if (WallStartSeconds is not { } start || WallEndSeconds is not { } end || start > runSeconds) return null;
        var c = CultureInfo.InvariantCulture;
        string effect = Injected ? string.Format(c, "injected, {0:N0} errors while in force", Errors) : "not injected by this build";
        string window = string.Format(c, "{0:yyyy-MM-dd HH:mm}–{1:yyyy-MM-dd HH:mm} JST", Start.ToOffset(CalendarWindow.JapanOffset), End.ToOffset(CalendarWindow.JapanOffset));
        string detail = $"{effect}; {window}" + (string.IsNullOrWhiteSpace(Note) ? "" : "; " + Note);
        double last = Kind == FaultKind.SiloKill ? start : Math.Min(end, runSeconds);
        return new RunAnnotation("fault " + FaultName(Kind), Math.Round(start, 6), Math.Round(Math.Max(start, last), 6), detail);
    }

    /// <summary>The scenario file's name of a fault kind ("renewal-function-outage").</summary>
    public static string FaultName(FaultKind kind) =>
        string.Concat(kind.ToString().Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
