using System.CommandLine;
using MyNumber.Cli.Bench;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber bench [NAME…] [--json]</c>: the project's one benchmark command. Every figure is measured
/// with its baseline in the same run and printed as value, baseline and ratio. NAME selects a group
/// (<c>engine</c>) or one figure (<c>engine.overhead</c>); none means all.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var names = new Argument<string[]>("name") { Description = "Groups or figures to run (default: all).", Arity = ArgumentArity.ZeroOrMore };
        var json = CliInput.Json();
        var duration = new Option<string>("--duration") { Description = "Time per measurement, e.g. 3s (default 3s).", DefaultValueFactory = _ => "3s" };
        var full = new Option<bool>("--full") { Description = "Run soak figures at full size (30-minute engine memory run, 1 M activations)." };
        var list = new Option<bool>("--list") { Description = "List the groups and exit." };
        var command = new Command("bench", "Measure the project's figures, each against a baseline from the same run.")
        {
            names, json, duration, full, list,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var groups = BenchCatalog.All();
            if (parse.GetValue(list))
            {
                foreach (var g in groups) output.WriteLine($"{g.Name,-12} {g.Description}");
                return 0;
            }
            var wanted = parse.GetValue(names) ?? [];
            var unknown = wanted.Where(n => !groups.Any(g => n == g.Name || n.StartsWith(g.Name + ".", StringComparison.Ordinal))).ToList();
            if (unknown.Count > 0)
                throw new ArgumentException($"name: unknown figure or group '{unknown[0]}' (known: {string.Join(", ", groups.Select(g => g.Name))})");
            if (!ScenarioDuration.TryParse(parse.GetValue(duration), out var perMeasurement, out var durationError))
                throw new ArgumentException($"--duration: {durationError}");
            var settings = new BenchSettings(perMeasurement, parse.GetValue(full),
                Path.Combine(Path.GetTempPath(), "mynumber-bench"));
            var figures = new List<BenchFigure>();
            foreach (var group in groups.Where(g => wanted.Length == 0 || wanted.Any(n => n == g.Name || n.StartsWith(g.Name + ".", StringComparison.Ordinal))))
            {
                if (!parse.GetValue(json)) output.WriteLine($"# {group.Name}: {group.Description}");
                IReadOnlyList<BenchFigure> measured;
                try { measured = await group.Measure(settings, cancel); }
                catch (BenchUnavailableException e)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"mynumber bench: {group.Name} skipped: {e.Message}");
                    continue;
                }
                foreach (var figure in measured)
                {
                    if (wanted.Length > 0 && !wanted.Contains(group.Name) && !wanted.Contains(figure.Name)) continue;
                    figures.Add(figure);
                    if (!parse.GetValue(json)) BenchPrinter.Table(output, figure);
                }
            }
            if (parse.GetValue(json)) BenchPrinter.Json(output, figures);
            return 0;
        });
        return command;
    }
}
