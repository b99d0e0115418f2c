using System.CommandLine;
using System.Globalization;
using MyNumber.Cli.Running;
using MyNumber.Cli.Scenarios;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber run &lt;scenario&gt; [--scale bunkyo|national|N] [--duration 60s] [--seed N] [--report-dir DIR] [--cluster CONFIG [--kill-pid PID]…]</c>:
/// runs a scenario on an in-process fleet (or, with <c>--cluster &lt;config&gt;</c>, as a client of running silos) and ends with one verdict line; the exit code is 0 on PASS,
/// 99 on FAIL (a threshold breached) and 98 on INVALID (the generator fell behind or the run was cut short).
/// </summary>
public static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario name from load/scenarios (e.g. application-peak-2023-02-28) or a path." };
        var options = RunOptions.Create();
        var killPids = new Option<int[]>("--kill-pid") { Description = "With --cluster: silo process ids the scenario's silo-kill faults kill, in order." };
        var command = new Command("run", "Run a calibrated scenario against the fleet and give a verdict.") { scenario, killPids };
        options.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var definition = ScenarioFiles.Load(parse.GetValue(scenario)!);
            var settings = options.Read(parse, definition);
            var problems = ScenarioRunner.Validate(definition);
            if (problems.Count > 0) throw new InvalidOperationException($"scenario {definition.Name} cannot run on this build: {string.Join("; ", problems)}");
            var plan = ScenarioRunner.Plan(definition, settings);
            var cluster = options.ClusterOf(parse);
            var setup = FleetSetup.For(definition, settings.Scale, plan.SimulatedStart);
            var faultProblems = FaultArguments.Problems(setup, cluster is not null);
            if (faultProblems.Count > 0) throw new InvalidOperationException($"scenario {definition.Name} cannot run here: {string.Join("; ", faultProblems)}");
            output.WriteLine(Describe(plan, settings, cluster));
            ScenarioRunResult result;
            if (cluster is not null)
            {
                var pids = parse.GetValue(killPids) ?? [];
                var killProblems = SiloKiller.Problems(plan, pids);
                if (killProblems.Count > 0) throw new InvalidOperationException($"scenario {definition.Name} cannot run here: {string.Join("; ", killProblems)}");
                await using var remote = await ClusterFleet.StartAsync(cluster, plan.SimulatedStart, cancellationToken: cancel);
                output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "connected to the silos of {0}: the scenario's clock is set on them; their population (seed {1}, {2:N0} residents), counters and faults apply; the scenario's faults are put on the timeline only",
                    cluster, remote.Population.Seed, remote.Population.Size));
                using var stopKills = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                var kills = SiloKiller.RunAsync(plan, pids, output, stopKills.Token);
                var connection = remote.Connection with { InjectedFaults = pids.Length > 0 ? new HashSet<FaultKind> { FaultKind.SiloKill } : new HashSet<FaultKind>() };
                result = await ScenarioRunner.RunAsync(definition, connection, settings with { LiveConsole = true }, cancel);
                await stopKills.CancelAsync();
                await kills.ContinueWith(_ => { }, TaskScheduler.Default);
            }
            else
            {
                await using var fleet = await InProcessFleet.StartAsync(setup, plan.SimulatedStart, cancel);
                result = await ScenarioRunner.RunAsync(definition, fleet.Connection, settings with { LiveConsole = true }, cancel);
            }
            output.WriteLine($"operation log: {result.OperationLogPath}");
            output.WriteLine(result.Verdict.Line(result.HtmlReportPath));
            return result.Verdict.ExitCode;
        });
        return command;
    }

    private static string Describe(Load.Scenarios.Planning.ArrivalPlan plan, ScenarioRunOptions settings, string? cluster)
    {
        var c = CultureInfo.InvariantCulture;
        string pace = plan.Stepped ? "stepped time, as fast as the fleet allows" : string.Format(c, "×{0:0.###} in {1:0.#} s", plan.Factor, plan.WallLength.TotalSeconds);
        return string.Format(c, "{0} at {1} scale ({2:N0} residents): {3:N0} arrivals, simulated {4:yyyy-MM-dd HH:mm} → {5:yyyy-MM-dd HH:mm} JST ({6}); {8}; reports in {7}",
            plan.Scenario.Name, settings.Scale.Name, settings.Scale.Residents, plan.TotalArrivals,
            plan.SimulatedStart.ToOffset(CalendarWindow.JapanOffset), plan.SimulatedEnd.ToOffset(CalendarWindow.JapanOffset), pace, settings.ReportDirectory,
            cluster is null ? "in-process silo, memory storage" : "Orleans client of the silos of " + cluster);
    }
}
