using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Load.Scenarios.Tests.Running;

/// <summary>Shipped scenarios, shortened for tests: the window starts at 09:00 of its first day, when residents arrive.</summary>
internal static class TestScenarios
{
    public static ScenarioDefinition Load(string name) => ScenarioLoader.Load(ScenarioFiles.PathOf(name));

    public static ScenarioDefinition FromNine(ScenarioDefinition s)
    {
        var day = s.Calendar.Start.ToOffset(CalendarWindow.JapanOffset);
        var nine = new DateTimeOffset(day.Year, day.Month, day.Day, 9, 0, 0, CalendarWindow.JapanOffset);
        return s with { Calendar = new CalendarWindow(nine > s.Calendar.Start ? nine : s.Calendar.Start, s.Calendar.End) };
    }

    public static ScenarioRunOptions Options(string directory, TimeSpan duration, ulong seed = 7) =>
        new(ScaleSpec.Bunkyo, duration, seed, directory, "test-build") { ReportingInterval = TimeSpan.FromMilliseconds(500) };

    public static string TempDirectory(string label)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mynumber-tests", label + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
