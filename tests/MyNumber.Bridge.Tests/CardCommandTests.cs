using MyNumber.Cli;

namespace MyNumber.Bridge.Tests;

/// <summary>The card commands' command lines: what a user sees, one line per error.</summary>
[Collection(BridgeCollection.Name)]
public sealed class CardCommandTests(BridgeFleet fleet)
{
    [PcscFact]
    public async Task Readers_lists_the_virtual_reader_with_the_JPKI_token_of_the_card_in_it()
    {
        await using var slot = VirtualSlot.Insert(fleet.HolderCard);

        var (code, output, error) = await RunAsync("readers");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains($"{VirtualSlot.Reader}\tcard\tJPKIAPICCTOKEN2", output);
    }

    [Theory]
    [InlineData("attach --reader X --pin-source keyboard", "mynumber: --pin-source: 'keyboard' is not one of env:VAR | file:PATH | prompt")]
    [InlineData("attach --reader X --trust-anchors /nonexistent.pem", "mynumber: --trust-anchors: no file at /nonexistent.pem")]
    [InlineData("card emulate --resident someone", "mynumber: --resident: 'someone' is not a resident index (e.g. 42 or resident:42)")]
    public async Task Bad_input_is_one_line_naming_the_option(string args, string expected)
    {
        var (code, _, error) = await RunAsync(args.Split(' '));

        Assert.Equal(CliApp.Fault, code);
        Assert.Equal(expected, error.TrimEnd());
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
