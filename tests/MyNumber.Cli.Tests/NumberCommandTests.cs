using MyNumber.Domain.Identity;

namespace MyNumber.Cli.Tests;

public sealed class NumberCommandTests
{
    [Fact(DisplayName = "R-MN-2: number check --json says valid with a null reason")]
    public void Valid()
    {
        var run = Cli.Run("number", "check", "123456789018", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("{\"valid\":true,\"reason\":null}", run.Output.Trim());
    }

    [Theory(DisplayName = "R-MN-1: number check --json gives the reason and still exits 0")]
    [InlineData("123456789019", "number.check-digit")]
    [InlineData("12345678901", "number.not-12-digits")]
    [InlineData("12345678901x", "number.not-digits")]
    public void Invalid(string digits, string reason)
    {
        var run = Cli.Run("number", "check", digits, "--json");
        Assert.Equal(0, run.ExitCode);
        var json = run.Json();
        Assert.Equal(["valid", "reason"], json.EnumerateObject().Select(p => p.Name));
        Assert.False(json.GetProperty("valid").GetBoolean());
        Assert.Equal(reason, json.GetProperty("reason").GetString());
    }

    [Fact(DisplayName = "R-MN-1: number check text masks the number")]
    public void Masked()
    {
        var run = Cli.Run("number", "check", "123456789018");
        Assert.Equal("valid  ********9018", run.Output.Trim());
        Assert.Contains("number.check-digit", Cli.Run("number", "check", "123456789019").Output);
        Assert.DoesNotContain("123456789019", Cli.Run("number", "check", "123456789019").Output);
    }

    [Fact(DisplayName = "R-MN-2: number generate prints the requested count of valid, repeatable numbers")]
    public void Generate()
    {
        var run = Cli.Run("number", "generate", "--seed", "42", "--count", "25");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(25, lines.Length);
        Assert.All(lines, line => Assert.True(IndividualNumber.TryParse(line, out _)));
        Assert.Equal(25, lines.Distinct().Count());
        Assert.Equal(run.Output, Cli.Run("number", "generate", "--seed", "42", "--count", "25").Output);
        Assert.NotEqual(run.Output, Cli.Run("number", "generate", "--seed", "43", "--count", "25").Output);
        Assert.Equal(IndividualNumber.Synthetic(42, 3).RevealDigits(), lines[3]);
    }

    [Fact(DisplayName = "number generate's help says the numbers are synthetic")]
    public void GenerateHelp() => Assert.Contains("SYNTHETIC", Cli.Run("number", "generate", "--help").Output);

    [Theory(DisplayName = "number: bad input exits 2 with one line naming the argument")]
    [InlineData("number generate --count 5", "'--seed' is required")]
    [InlineData("number generate --seed 1 --count 0", "--count: must be between 1 and 1000000, not 0")]
    [InlineData("number generate --seed -1", "-1")]
    [InlineData("number check", "digits")]
    public void BadInput(string args, string expected)
    {
        var run = Cli.Run(args.Split(' '));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(expected, line);
    }
}
