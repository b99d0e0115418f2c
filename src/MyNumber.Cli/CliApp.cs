using System.CommandLine;
using MyNumber.Cli.Commands;

namespace MyNumber.Cli;

/// <summary>
/// The <c>mynumber</c> command line: builds the root command from <see cref="CommandCatalog"/> and runs it.
/// Bad input ends with exit code 2 and exactly one line on the error writer that names the argument and
/// what is wrong; System.CommandLine's multi-line error-plus-help dump is replaced on purpose.
/// </summary>
public static class CliApp
{
    public const int UsageError = 2;
    public const int Fault = 1;

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("mynumber: the My Number Card simulation's command line (dates, calendar, numbers).");
        foreach (var command in CommandCatalog.All()) root.Subcommands.Add(command);
        return root;
    }

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            await error.WriteLineAsync(OneLine(Describe(parse)));
            return UsageError;
        }
        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException)
        {
            await error.WriteLineAsync(OneLine(e.Message));
            return Fault;
        }
    }

    /// <summary>The parser's message, or a clearer one where the parser does not name the argument.</summary>
    private static string Describe(ParseResult parse)
    {
        var first = parse.Errors[0];
        var command = parse.CommandResult.Command;
        if (first.Message.StartsWith("Required argument missing", StringComparison.Ordinal) && command.Arguments.Count > 0)
        {
            var missing = string.Join(" ", command.Arguments.Select(a => $"<{a.Name}>"));
            return $"{command.Name}: missing argument {missing}";
        }
        return first.Message;
    }

    /// <summary>"mynumber: " and the message's first line, so scripts can read exactly one line.</summary>
    private static string OneLine(string message)
    {
        var first = message.Split('\n', 2)[0].TrimEnd('\r', ' ');
        return "mynumber: " + first;
    }
}
