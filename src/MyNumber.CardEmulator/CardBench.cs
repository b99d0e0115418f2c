using System.Diagnostics;
using MyNumber.SmartCard;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.CardEmulator;

/// <summary>
/// The chip figures for <c>mynumber bench</c>: APDU round trip through pcscd + vpcd + the virtual card
/// against the processor called in memory (the baseline), and signatures per second through the chip.
/// Needs a running pcscd with vpcd (a <see cref="PcscException"/> with <see cref="PcscError.NoService"/> otherwise).
/// </summary>
public static class CardBench
{
    private static readonly byte[] SelectJpki = Convert.FromHexString("00A4040C0AD392F000260100000001");
    private static readonly byte[] SelectAuthCertificate = Convert.FromHexString("00A4020C02000A");
    private static readonly byte[] ReadHeader = Convert.FromHexString("00B0000004");
    private static readonly byte[] SelectUserPin = Convert.FromHexString("00A4020C020018");
    private static readonly byte[] SelectUserKey = Convert.FromHexString("00A4020C020017");
    private static readonly byte[] SignSha256 = Convert.FromHexString(
        "802A0080333031300D060960864801650304020105000420" + new string('A', 64) + "00");

    public static Task<CardBenchFigures> RunAsync(
        VirtualCardProfile profile,
        int roundTrips = 1000,
        int signatures = 50,
        string reader = "Virtual PCD 00 00",
        int port = VirtualCardHost.DefaultPort,
        CancellationToken cancellationToken = default) =>
        Task.Run(async () =>
        {
            var inMemory = new JpkiCardProcessor(profile);
            var memoryTimes = RoundTrips(inMemory, roundTrips);
            var memoryRate = SignaturesPerSecond(inMemory, profile.UserPin, signatures);

            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var host = VirtualCardHost.RunAsync(new JpkiCardProcessor(profile), "127.0.0.1", port, stop.Token);
            try
            {
                using var context = PcscContext.Establish();
                if (!context.WaitForCard(reader, present: true, TimeSpan.FromSeconds(10)))
                    throw new PcscException(PcscError.NoCard, 0, $"The virtual card did not appear in \"{reader}\" (is vpcd listening on {port}?).");
                using var card = context.Connect(reader);
                var pcscTimes = RoundTrips(card, roundTrips);
                var pcscRate = SignaturesPerSecond(card, profile.UserPin, signatures);
                return new CardBenchFigures(roundTrips, Percentile(memoryTimes, 0.5), Percentile(memoryTimes, 0.99),
                    Percentile(pcscTimes, 0.5), Percentile(pcscTimes, 0.99), signatures, memoryRate, pcscRate);
            }
            finally
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await host.ConfigureAwait(false);
            }
        }, cancellationToken);

    private static double[] RoundTrips(ICardChannel card, int count)
    {
        Expect(card.Transmit(SelectJpki));
        Expect(card.Transmit(SelectAuthCertificate));
        for (int i = 0; i < Math.Min(count, 50); i++) card.Transmit(ReadHeader);
        var micros = new double[count];
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            Expect(card.Transmit(ReadHeader));
            // Raw ticks: a TimeSpan would round the in-memory trip (well under 1 µs) to 100 ns steps.
            micros[i] = (Stopwatch.GetTimestamp() - start) * 1_000_000.0 / Stopwatch.Frequency;
        }
        return micros;
    }

    private static double SignaturesPerSecond(ICardChannel card, string userPin, int count)
    {
        Expect(card.Transmit(SelectJpki));
        Expect(card.Transmit(SelectUserPin));
        Expect(card.Transmit([0x00, 0x20, 0x00, 0x80, (byte)userPin.Length, .. System.Text.Encoding.ASCII.GetBytes(userPin)]));
        Expect(card.Transmit(SelectUserKey));
        Expect(card.Transmit(SignSha256));
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++) Expect(card.Transmit(SignSha256));
        return count / clock.Elapsed.TotalSeconds;
    }

    private static void Expect(byte[] response)
    {
        if (response.Length < 2 || response[^2] != 0x90 || response[^1] != 0x00)
            throw new InvalidOperationException($"The card answered {Convert.ToHexString(response.AsSpan(Math.Max(0, response.Length - 2)))} during the benchmark.");
    }

    private static double Percentile(double[] values, double quantile)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}
