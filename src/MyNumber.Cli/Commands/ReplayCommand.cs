using System.CommandLine;
using System.Globalization;
using MyNumber.Cli.Running;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Replay;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber replay &lt;log&gt; [--out DIR] [--show N]</c>: re-executes a recorded run on a fresh in-process
/// fleet in stepped time and compares outcomes; exit 0 when every outcome is reproduced, 1 otherwise.
/// </summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var log = new Argument<string>("log") { Description = "An operation log (operations.jsonl) or the run directory holding it." };
        var outDir = new Option<string?>("--out") { Description = "Where the replay's own log goes (default: <run>/replay/)." };
        var show = new Option<int>("--show") { Description = "Mismatches to print (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("replay", "Re-execute a recorded run on a fresh fleet in stepped time and compare outcomes.") { log, outDir, show };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var recorded = OperationLog.Read(parse.GetValue(log)!);
            var h = recorded.Header;
            var directory = parse.GetValue(outDir) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(recorded.Path))!, "replay");
            if (h.Build != ScenarioFiles.Build()) output.WriteLine($"note: recorded by build {h.Build}, replaying on {ScenarioFiles.Build()}");
            // The recorded fleet (population as of, mix, counters, faults) when the log names it; older logs predate it.
            await using var fleet = h.Fleet is { } setup
                ? await InProcessFleet.StartAsync(setup, h.SimulatedStart, cancel)
                : await InProcessFleet.StartAsync(h.PopulationSeed, h.Residents, h.SimulatedStart, cancel);
            var result = await ReplayRunner.RunAsync(recorded, fleet.Connection, directory, cancel);
            foreach (var m in result.Difference.Mismatches.Take(parse.GetValue(show))) output.WriteLine("mismatch " + m);
            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Format(c, "REPLAY: {0} — {1:N0} operations, {2:N0} mismatches; {3:0.#} simulated h in {4:0.00} s wall (×{5:N0} real time); log: {6}",
                result.Difference.Identical ? "REPRODUCED" : "DIFFERS", result.Operations, result.Difference.Mismatches.Count,
                result.SimulatedSpan.TotalHours, result.WallTime.TotalSeconds, result.SpeedUp, result.OutcomeLogPath));
            return result.Difference.Identical ? 0 : 1;
        });
        return command;
    }
}
