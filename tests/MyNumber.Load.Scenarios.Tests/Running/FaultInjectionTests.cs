using System.Text.Json;
using MyNumber.Cli.Running;
using MyNumber.Cli.Scenarios;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Load.Scenarios.Tests.Running;

[Collection(FleetCollection.Name)]
public sealed class FaultInjectionTests
{
    private static readonly TimeSpan Japan = CalendarWindow.JapanOffset;

    /// <summary>
    /// The shipped renewal outage, moved to a Monday of the FY2025 wave (a 2019 population has almost no
    /// certificate due, since the first 5-year certificates ran out in 2020), stepped hour by hour from 08:00
    /// to 18:00, certificate renewals only.
    /// </summary>
    private static ScenarioDefinition OutageDay()
    {
        var file = TestScenarios.Load("renewal-outage-2019-11-11");
        var day = new DateTimeOffset(2025, 11, 10, 0, 0, 0, Japan);
        return file with
        {
            Calendar = new CalendarWindow(day.AddHours(8), day.AddHours(18)),
            Clock = new ClockSpec(ClockMode.Stepped, null, TimeSpan.FromHours(1)),
            Operations = [new OperationShare("renew-certificate", 1)],
            Schedule = [],
            Faults = [file.Faults.Single() with { At = day.AddHours(10) }],
        };
    }

    [Fact(DisplayName = "Renewal outage: renewals in the 6 hours are errors with the outage as reason, before and after they are served; the timeline shows it")]
    public async Task RenewalOutage()
    {
        var scenario = OutageDay();
        var setup = FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start);
        var directory = TestScenarios.TempDirectory("outage");
        ScenarioRunResult result;
        await using (var fleet = await InProcessFleet.StartAsync(setup, scenario.Calendar.Start))
            result = await ScenarioRunner.RunAsync(scenario, fleet.Connection, TestScenarios.Options(directory, TimeSpan.FromSeconds(40)));

        var records = OperationLog.Read(result.OperationLogPath).Records;
        var outage = (From: scenario.Faults[0].At, To: scenario.Faults[0].At + scenario.Faults[0].Duration);
        bool During(OperationRecord r) => r.IntendedAt >= outage.From && r.IntendedAt < outage.To;
        Assert.Contains(records, r => !During(r) && r.Outcome == "ok");
        Assert.DoesNotContain(records, r => !During(r) && r.Outcome == "fault");
        var faults = records.Where(r => r.Outcome == "fault").ToList();
        Assert.NotEmpty(faults);
        Assert.All(faults, r => Assert.Equal("fault.ServiceOutageException", r.Reason));
        Assert.DoesNotContain(records, r => During(r) && r.Outcome == "ok");

        var entry = Assert.Single(result.Verdict.Faults);
        Assert.True(entry.Injected);
        Assert.Equal(faults.Count, entry.Errors);
        Assert.Contains("renewal-function-outage 2025-11-10 10:00–2025-11-10 16:00 JST", result.Verdict.Line(result.HtmlReportPath), StringComparison.Ordinal);
        Assert.Contains("## Fault timeline", File.ReadAllText(Path.Combine(directory, "verdict.md")), StringComparison.Ordinal);

        // Stepped time: the window is stamped where the step gate moved the fleet clock into and out of it.
        var annotation = Assert.Single(ReportAnnotations(directory));
        Assert.Equal("fault renewal-function-outage", annotation.GetProperty("label").GetString());
        Assert.Equal($"injected, {faults.Count:N0} errors while in force; 2025-11-10 10:00–2025-11-10 16:00 JST; " + scenario.Faults[0].Note,
            annotation.GetProperty("detail").GetString());
        double start = annotation.GetProperty("startSeconds").GetDouble(), end = annotation.GetProperty("endSeconds").GetDouble();
        Assert.True(0 < start && start < end && end <= result.Report.DurationSeconds, $"outage at {start}–{end} s of a {result.Report.DurationSeconds} s run");
        Assert.Equal(Math.Round(entry.WallStartSeconds!.Value, 6), start);
        Assert.Equal(Math.Round(entry.WallEndSeconds!.Value, 6), end);
        Assert.Contains("(run ", result.Verdict.Line(result.HtmlReportPath), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A fault's annotation: a window cut at the run's end, a silo kill as an instant, none for a fault the run never reached")]
    public void FaultAnnotations()
    {
        var day = new DateTimeOffset(2023, 2, 28, 0, 0, 0, Japan);
        var outage = new FaultTimelineEntry(FaultKind.StorageOutage, day.AddHours(10), day.AddHours(11), 30, 90, true, 1234, "database down");
        var cut = outage.ToAnnotation(60)!;
        Assert.Equal(("fault storage-outage", 30.0, 60.0), (cut.Label, cut.StartSeconds, cut.EndSeconds));
        Assert.Equal("injected, 1,234 errors while in force; 2023-02-28 10:00–2023-02-28 11:00 JST; database down", cut.Detail);
        Assert.Null(outage.ToAnnotation(29));
        Assert.Null((outage with { WallStartSeconds = null, WallEndSeconds = null }).ToAnnotation(60));
        var kill = (outage with { Kind = FaultKind.SiloKill, Injected = false, Note = null }).ToAnnotation(120)!;
        Assert.True(kill.IsInstant());
        Assert.Equal(30, kill.StartSeconds);
        Assert.StartsWith("not injected by this build; ", kill.Detail, StringComparison.Ordinal);
    }

    private static List<JsonElement> ReportAnnotations(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "report.json")));
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        return [.. json.RootElement.GetProperty("annotations").EnumerateArray().Select(a => a.Clone())];
    }

    [Fact(DisplayName = "Storage outage: counter work in the outage hour fails with the storage error as reason, before and after it is stored")]
    public async Task StorageOutage()
    {
        var file = TestScenarios.Load("application-peak-2023-02-28");
        var day = new DateTimeOffset(2023, 2, 28, 0, 0, 0, Japan);
        var scenario = file with
        {
            Calendar = new CalendarWindow(day.AddHours(9), day.AddHours(12)),
            Clock = new ClockSpec(ClockMode.Stepped, null, TimeSpan.FromHours(1)),
            Faults = [new FaultSpec(FaultKind.StorageOutage, day.AddHours(10), TimeSpan.FromHours(1), null, "database down")],
        };
        var setup = FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start);
        ScenarioRunResult result;
        await using (var fleet = await InProcessFleet.StartAsync(setup, scenario.Calendar.Start))
            result = await ScenarioRunner.RunAsync(scenario, fleet.Connection, TestScenarios.Options(TestScenarios.TempDirectory("storage"), TimeSpan.FromSeconds(40)));

        var records = OperationLog.Read(result.OperationLogPath).Records;
        bool During(OperationRecord r) => r.IntendedAt >= day.AddHours(10) && r.IntendedAt < day.AddHours(11);
        Assert.DoesNotContain(records, r => !During(r) && r.Outcome == "fault");
        Assert.Contains(records, r => !During(r) && r.Operation == "handover" && r.Outcome == "ok");
        Assert.Contains(records, r => During(r) && r.Reason == "fault.StorageUnavailableException");
        Assert.True(Assert.Single(result.Verdict.Faults).Errors > 0);
        Assert.Contains(result.Report.Annotations, a => a.Label == "fault storage-outage" && a.Detail!.StartsWith("injected, ", StringComparison.Ordinal));
    }

    [Fact(DisplayName = "Silo kill with --cluster: the process named by --kill-pid is killed at the fault's instant on the run's clock")]
    public async Task SiloKillKillsTheProcess()
    {
        var file = TestScenarios.Load("application-peak-2023-02-28");
        var start = file.Calendar.Start;
        // ×2880: the kill at 00:48 simulated is 1 s into the run.
        var scenario = file with { Faults = [new FaultSpec(FaultKind.SiloKill, start.AddMinutes(48), TimeSpan.FromMinutes(30), null, null)] };
        var plan = ScenarioRunner.Plan(scenario, TestScenarios.Options(TestScenarios.TempDirectory("kill"), TimeSpan.FromSeconds(10)));
        Assert.NotEmpty(SiloKiller.Problems(plan, []));
        Assert.NotEmpty(SiloKiller.Problems(ScenarioRunner.Plan(scenario with { Clock = new ClockSpec(ClockMode.Stepped, null, TimeSpan.FromHours(1)) },
            TestScenarios.Options(TestScenarios.TempDirectory("kill"), TimeSpan.FromSeconds(10))), [1]));
        using var victim = System.Diagnostics.Process.Start("sleep", "60");
        Assert.Empty(SiloKiller.Problems(plan, [victim.Id]));
        var output = new StringWriter();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await SiloKiller.RunAsync(plan, [victim.Id], output, CancellationToken.None);
        Assert.True(victim.WaitForExit(5_000), "the process was not killed");
        Assert.InRange(watch.Elapsed.TotalSeconds, 0.9, 5);
        Assert.Contains($"killed silo process {victim.Id}", output.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "A silo kill needs a cluster: without --cluster the run is refused with that reason; injected kinds become silo settings")]
    public void SiloKillNeedsACluster()
    {
        var scenario = TestScenarios.Load("renewal-outage-2019-11-11");
        var kill = scenario with { Faults = [new FaultSpec(FaultKind.SiloKill, scenario.Calendar.Start.AddHours(11), TimeSpan.FromMinutes(5), null, null)] };
        var problem = Assert.Single(FaultArguments.Problems(FleetSetup.For(kill, ScaleSpec.Bunkyo, kill.Calendar.Start), cluster: false));
        Assert.Contains("--cluster", problem, StringComparison.Ordinal);
        Assert.Empty(FaultArguments.Problems(FleetSetup.For(kill, ScaleSpec.Bunkyo, kill.Calendar.Start), cluster: true));
        var args = FaultArguments.For(FleetSetup.For(scenario, ScaleSpec.Bunkyo, scenario.Calendar.Start)).ToList();
        Assert.Contains("--Faults:Windows:0:Kind=renewal-function-outage", args);
        Assert.Contains("--Faults:Windows:0:Start=2019-11-11T10:00:00.0000000+09:00", args);
        Assert.Contains("--Faults:Windows:0:End=2019-11-11T16:00:00.0000000+09:00", args);
    }
}
