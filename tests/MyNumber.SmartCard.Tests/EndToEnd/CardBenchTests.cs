using MyNumber.CardEmulator;
using MyNumber.SmartCard.Pcsc;
using Xunit.Abstractions;

namespace MyNumber.SmartCard.Tests.EndToEnd;

[Collection(PcscCollection.Name)]
public sealed class CardBenchTests(ITestOutputHelper output)
{
    [PcscFact]
    public async Task Bench_measures_the_chip_through_pcscd_and_in_memory()
    {
        using (var context = PcscContext.Establish())
            Assert.True(context.WaitForCard(VirtualReader.Name, present: false, VirtualReader.PresenceTimeout));

        var figures = await CardBench.RunAsync(TestCard.Profile, roundTrips: 200, signatures: 5, VirtualReader.Name, VirtualReader.Port);
        output.WriteLine(figures.ToString());

        Assert.True(figures.InMemoryMedianMicroseconds > 0);
        Assert.True(figures.InMemoryMedianMicroseconds < figures.PcscMedianMicroseconds);
        Assert.True(figures.PcscP99Microseconds >= figures.PcscMedianMicroseconds);
        Assert.True(figures.PcscSignaturesPerSecond > 0);
        Assert.True(figures.InMemorySignaturesPerSecond > 0);
        using var after = PcscContext.Establish();
        Assert.True(after.WaitForCard(VirtualReader.Name, present: false, VirtualReader.PresenceTimeout));
    }
}
