using System.CommandLine;
using MyNumber.Domain.Identity;

namespace MyNumber.Cli.Commands;

/// <summary>
/// <c>mynumber number check &lt;digits&gt;</c> (R-MN-1, R-MN-2) and <c>mynumber number generate</c>.
/// A checked number is never echoed in full; generated numbers are synthetic by construction, which is
/// the one reason they may be printed.
/// </summary>
public static class NumberCommand
{
    public const int MaxCount = 1_000_000;

    public static Command Create() => new("number", "Check or generate My Numbers (12 digits with a check digit).")
    {
        Check(),
        Generate(),
    };

    private static Command Check()
    {
        var digits = new Argument<string>("digits") { Description = "The 12 digits to check." };
        var json = CliInput.Json();
        var command = new Command("check", "Say whether a number is valid or why not (exit 0 either way). The number is shown masked.")
        {
            digits, json,
        };
        command.SetAction(parse =>
        {
            var valid = IndividualNumber.TryParse(parse.GetValue(digits), out var number, out var reason);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json)) output.WriteLine(CliJson.Serialize(new { valid, reason = reason?.Code }));
            else output.WriteLine(valid ? $"valid  {number}" : $"invalid  {reason}: {Explain(reason)}");
            return 0;
        });
        return command;
    }

    private static Command Generate()
    {
        var seed = new Option<ulong>("--seed") { Description = "Population seed: the same seed gives the same numbers.", Required = true };
        var count = new Option<int>("--count") { Description = $"How many numbers (1–{MaxCount:N0}).", DefaultValueFactory = _ => 10 };
        var start = new Option<long>("--start") { Description = "Index of the first resident (default 0).", DefaultValueFactory = _ => 0 };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > MaxCount)
                result.AddError($"--count: must be between 1 and {MaxCount}, not {result.GetValueOrDefault<int>()}");
        });
        start.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is < 0 or >= 100_000_000_000L)
                result.AddError($"--start: must be between 0 and 99999999999, not {result.GetValueOrDefault<long>()}");
        });
        var command = new Command("generate",
            "Print SYNTHETIC valid My Numbers for a seed, one per line. They are made up by the simulation's " +
            "generator, which is why they are printed in full; never use this output as anyone's real number.")
        {
            seed, count, start,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var first = parse.GetValue(start);
            var n = parse.GetValue(count);
            if (first + n > 100_000_000_000L) n = (int)(100_000_000_000L - first);
            foreach (var number in new SyntheticNumbers(parse.GetValue(seed)).Take(first, n))
                output.WriteLine(number.RevealDigits());
            return 0;
        });
        return command;
    }

    private static string Explain(Domain.ReasonCode? reason) =>
        reason == NumberReasons.WrongLength ? "a My Number has exactly 12 characters"
        : reason == NumberReasons.NotDigits ? "a My Number has only the digits 0-9"
        : "the 12th digit is not the check digit of the first 11";
}
