using System.CommandLine;
using MyNumber.Load.Scenarios.Recording;
using MyNumber.Load.Scenarios.Replay;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber diff &lt;a&gt; &lt;b&gt; [--show N]</c>: where two runs' operation logs differ: the first N differing
/// operations and counts by operation and by outcome change. Exit 0 when identical, 1 when they differ.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "The first operation log or run directory." };
        var b = new Argument<string>("b") { Description = "The second operation log or run directory." };
        var show = new Option<int>("--show") { Description = "Differing operations to print (default 20).", DefaultValueFactory = _ => 20 };
        var command = new Command("diff", "Show where two runs' operation logs differ.") { a, b, show };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var left = OperationLog.Read(parse.GetValue(a)!);
            var right = OperationLog.Read(parse.GetValue(b)!);
            if (left.Header.Scenario != right.Header.Scenario || left.Header.Seed != right.Header.Seed)
                output.WriteLine($"note: comparing {left.Header.Scenario} seed {left.Header.Seed} with {right.Header.Scenario} seed {right.Header.Seed}");
            var difference = LogDifference.Between(left.Records, right.Records);
            foreach (var m in difference.Mismatches.Take(parse.GetValue(show))) output.WriteLine(m);
            if (!difference.Identical)
            {
                output.WriteLine("by operation:");
                foreach (var (op, n) in difference.ByOperation) output.WriteLine($"  {n,8:N0}  {op}");
                output.WriteLine("by change:");
                foreach (var (change, n) in difference.ByChange) output.WriteLine($"  {n,8:N0}  {change}");
            }
            output.WriteLine(difference.Identical
                ? $"DIFF: identical — {difference.Compared:N0} operations"
                : $"DIFF: {difference.Mismatches.Count:N0} of {difference.Compared:N0} operations differ");
            return difference.Identical ? 0 : 1;
        });
        return command;
    }
}
