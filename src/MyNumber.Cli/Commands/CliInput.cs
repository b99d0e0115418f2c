using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MyNumber.Cli.Commands;

/// <summary>Options shared by commands, with parsers whose errors are one line naming the option.</summary>
public static partial class CliInput
{
    /// <summary>An ISO date option (YYYY-MM-DD); impossible dates such as 1990-02-30 are refused by name.</summary>
    public static Option<DateOnly?> Date(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result => ParseDate(result, name),
    };

    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text." };

    private static DateOnly? ParseDate(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Join(' ', result.Tokens.Select(t => t.Value));
        if (!IsoDateShape().IsMatch(text))
        {
            result.AddError($"{name}: '{text}' is not a date in YYYY-MM-DD form");
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            result.AddError($"{name}: {text} is not a real calendar date");
            return null;
        }
        return date;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDateShape();
}
