using System.Text.Json;

namespace MyNumber.Cli.Tests;

/// <summary>Runs <c>mynumber</c> in-process with captured output and error.</summary>
internal sealed record Cli(int ExitCode, string Output, string Error)
{
    public static Cli Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new Cli(code, output.ToString(), error.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Output).RootElement;

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
