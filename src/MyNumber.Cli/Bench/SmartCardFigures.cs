using MyNumber.CardEmulator;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Cli.Bench;

/// <summary>
/// The chip figures: an APDU round trip through the real PC/SC stack (pcscd + vpcd + the virtual card)
/// against the same APDU on the card's processor in memory, and RSA-2048 signatures per second through
/// the chip against signing in memory. Needs pcscd with vpcd running (./test.sh starts them for the tests;
/// see the README for starting them by hand).
/// </summary>
public static class SmartCardFigures
{
    public static async Task<IReadOnlyList<BenchFigure>> MeasureAsync(BenchSettings settings, CancellationToken cancel)
    {
        CardBenchFigures f;
        try
        {
            f = await CardBench.RunAsync(SelfIssuedCardProfile.Create(), roundTrips: settings.Full ? 10_000 : 2_000,
                signatures: settings.Full ? 500 : 100, cancellationToken: cancel);
        }
        catch (PcscException e)
        {
            throw new BenchUnavailableException($"PC/SC not available ({e.Error}): {e.Message}");
        }
        var detail = $"{f.RoundTrips} READ BINARY round trips; baseline: the card's APDU processor called in memory";
        return
        [
            new("smartcard.apdu-median", f.PcscMedianMicroseconds, "µs", f.InMemoryMedianMicroseconds, "measured (no goal set)", true, detail),
            new("smartcard.apdu-p99", f.PcscP99Microseconds, "µs", f.InMemoryP99Microseconds, "measured (no goal set)", true, detail),
            new("smartcard.signatures", f.PcscSignaturesPerSecond, "signatures/s", f.InMemorySignaturesPerSecond, "measured (no goal set)", true,
                $"{f.Signatures} RSA-2048 PKCS#1 signatures through the chip; baseline: the same signatures in memory"),
        ];
    }
}
