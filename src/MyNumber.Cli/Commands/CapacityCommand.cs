using System.CommandLine;
using System.Globalization;
using MyNumber.Cli.Running;
using MyNumber.Load.Scenarios.Capacity;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber capacity &lt;scenario&gt; --slo "p99&lt;50ms;errors&lt;0.1%" [--start-rate R] [--max-rate R] [--trial 10s]</c>:
/// ramps the scenario's operation mix and bisects to the highest rate that holds the SLO on the in-process
/// fleet, printing every step tried as evidence and the knee last. Exit 0 when a sustainable rate was found.
/// </summary>
public static class CapacityCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "A scenario name from load/scenarios or a path." };
        var slo = new Option<string>("--slo") { Description = "Objective, e.g. \"p99<50ms;errors<0.1%\".", Required = true };
        var startRate = new Option<double>("--start-rate") { Description = "First rate tried, operations/s (default 50).", DefaultValueFactory = _ => 50 };
        var maxRate = new Option<double>("--max-rate") { Description = "Highest rate tried, operations/s (default 100000).", DefaultValueFactory = _ => 100_000 };
        var trial = new Option<string>("--trial") { Description = "Length of each step, e.g. 10s (default 10s).", DefaultValueFactory = _ => "10s" };
        var options = RunOptions.Create();
        var command = new Command("capacity", "Find the highest sustainable rate of a scenario's operation mix under an SLO.") { scenario, slo, startRate, maxRate, trial };
        options.AddTo(command);
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var c = CultureInfo.InvariantCulture;
            var definition = ScenarioFiles.Load(parse.GetValue(scenario)!);
            var settings = options.Read(parse, definition);
            if (options.ClusterOf(parse) is { } cluster)
                throw new InvalidOperationException($"--cluster {cluster}: capacity searches the in-process fleet only; use `mynumber run --cluster` against running silos");
            SloSpec objective;
            try
            {
                objective = SloSpec.Parse(parse.GetValue(slo)!);
            }
            catch (FormatException e)
            {
                throw new ArgumentException("--slo: " + e.Message, e);
            }
            if (!ScenarioDuration.TryParse(parse.GetValue(trial), out var trialLength, out var trialError)) throw new ArgumentException("--trial: " + trialError);
            var problems = ScenarioRunner.Validate(definition);
            if (problems.Count > 0) throw new InvalidOperationException($"scenario {definition.Name} cannot run on this build: {string.Join("; ", problems)}");
            // Capacity is the fleet's, not a deadline day's: the population and counters are the scenario's, the faults are left out.
            var setup = FleetSetup.For(definition, settings.Scale, definition.Calendar.Start) with { Faults = [] };
            await using var fleet = await InProcessFleet.StartAsync(setup, definition.Calendar.Start, cancel);
            await FleetWarmUp.RunAsync(fleet.Connection, definition.Calendar.Start, settings.Seed);
            var trials = new FleetCapacityTrials(definition, fleet.Connection, settings.Scale, settings.Seed, trialLength);
            output.WriteLine($"capacity of {definition.Name} ({string.Join(", ", definition.Operations.Select(o => o.Operation))}) under {objective}, {ScenarioDuration.Format(trialLength)} per step:");
            var result = await CapacitySearch.RunAsync(trials.RunAsync, objective, parse.GetValue(startRate), parse.GetValue(maxRate),
                generatorValid: _ => trials.LastGeneratorValid, onTrial: t => output.WriteLine(Step(t, c)),
                isError: reason => OperationOutcome.From(reason) is { IsFault: true } or { IsInvariantBreach: true }, cancellationToken: cancel);
            output.WriteLine(result.Knee is { } knee
                ? string.Format(c, "CAPACITY: {0:N0} operations/s sustainable under {1}{2}", knee.OfferedRate, objective,
                    result.FirstFailing is { } f ? string.Format(c, "; the knee lies below {0:N0}/s ({1})", f.OfferedRate, f.Why) : " (the highest rate tried)")
                : string.Format(c, "CAPACITY: none — even {0:N0}/s broke {1} ({2})", result.FirstFailing?.OfferedRate ?? 0, objective, result.FirstFailing?.Why));
            return result.Knee is null ? 1 : 0;
        });
        return command;
    }

    private static string Step(RateTrial t, IFormatProvider c) => string.Format(c,
        "  {0,10:N1}/s offered  {1,10:N1}/s achieved  {2}  errors {3:0.###} %  {4}{5}",
        t.OfferedRate, t.AchievedRate, string.Join("  ", t.LatencyMs.Select(l => string.Format(c, "p{0} {1:0.###} ms", l.Key, l.Value))),
        t.ErrorPercent, t.Passed ? "holds" : "BREAKS: " + t.Why, t.GeneratorValid ? "" : " (generator fell behind)");
}
