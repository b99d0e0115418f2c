using System.Diagnostics;
using MyNumber.SmartCard.Apdu;
using static MyNumber.SmartCard.Tests.TestCard;

namespace MyNumber.SmartCard.Tests.Emulator;

public sealed class ProcessorFuzzTests
{
    private const int Iterations = 1_000_000;

    private static readonly byte[][] Corpus =
    [
        Hex("00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01"),
        Hex("00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08"),
        Hex("00 A4 02 0C 02 00 0A"), Hex("00 A4 02 0C 02 00 01"), Hex("00 A4 02 0C 02 00 06"),
        Hex("00 A4 02 0C 02 00 17"), Hex("00 A4 02 0C 02 00 18"), Hex("00 A4 02 0C 02 00 1B"),
        Hex("00 A4 02 0C 02 00 11"), Hex("00 A4 02 0C 02 00 02"),
        Hex("00 B0 00 00 04"), Hex("00 B0 01 00 00"), Hex("00 B0 00 00 00 08 00"),
        Hex("00 20 00 80"), Hex("00 20 00 80 04 39 39 39 39"), Hex("00 20 00 80 06 41 42 43 39 39 39"),
        Hex("80 2A 00 80 13 3031300D060960864801650304020105000420 00"),
        Hex("00 A4 02 0C 00 00 02 00 0A"), Hex("00 CA DF 30 05"), Hex("00 24 01 80 04 31 31 31 31"),
    ];

    // Every answer the card may give: anything else means a code path the specification does not know.
    private static readonly HashSet<ushort> AllowedStatusWords =
    [
        0x9000, 0x6700, 0x6981, 0x6982, 0x6983, 0x6986, 0x6A82, 0x6A86, 0x6A88, 0x6B00, 0x6D00, 0x6E00,
        0x63C0, 0x63C1, 0x63C2, 0x63C3, 0x63C4, 0x63C5,
    ];

    [Fact]
    public void A_million_random_and_mutated_APDUs_never_throw_and_always_get_a_known_status_word()
    {
        var random = new Random(20240601);
        var card = NewProcessor();
        var seen = new Dictionary<ushort, int>();
        var clock = Stopwatch.StartNew();

        for (int i = 0; i < Iterations; i++)
        {
            if (i % 5000 == 0) card.PowerReset();
            var command = i % 4 == 0 ? RandomBytes(random) : Mutate(random, Corpus[random.Next(Corpus.Length)]);

            var response = card.Process(command);

            Assert.True(response.Length >= 2, $"empty answer to {Convert.ToHexString(command)}");
            var sw = Sw(response).Value;
            Assert.True(AllowedStatusWords.Contains(sw), $"{sw:X4} for {Convert.ToHexString(command)}");
            seen[sw] = seen.GetValueOrDefault(sw) + 1;
        }

        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"fuzzing took {clock.Elapsed}");
        // The mutations must reach deep paths, not only the parser's 6700.
        foreach (var expected in new ushort[] { 0x9000, 0x6700, 0x6982, 0x6983, 0x6A82, 0x6A86, 0x6D00, 0x6E00, 0x63C0 })
            Assert.True(seen.ContainsKey(expected), $"no {expected:X4} in {seen.Count} kinds of answer");
    }

    [Fact]
    public void Truncated_and_extended_forms_of_every_corpus_command_are_answered()
    {
        var card = NewProcessor();
        foreach (var command in Corpus)
        {
            for (int length = 0; length <= command.Length + 3; length++)
            {
                var bytes = new byte[length];
                command.AsSpan(0, Math.Min(length, command.Length)).CopyTo(bytes);
                Assert.True(card.Process(bytes).Length >= 2);
            }
        }
        Assert.Equal(StatusWord.WrongLength, Sw(card.Process([])));
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, random.Next(2) == 0 ? 12 : 300)];
        random.NextBytes(bytes);
        if (bytes.Length > 1 && random.Next(2) == 0) bytes[0] = random.Next(2) == 0 ? (byte)0x00 : (byte)0x80;
        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] seed)
    {
        var bytes = new List<byte>(seed);
        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations; m++)
        {
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0: bytes[random.Next(bytes.Count)] = (byte)random.Next(256); break;
                case 1 when bytes.Count > 0: bytes[random.Next(bytes.Count)] ^= (byte)(1 << random.Next(8)); break;
                case 2 when bytes.Count > 0: bytes.RemoveRange(random.Next(bytes.Count), 1); break;
                case 3: bytes.Insert(random.Next(bytes.Count + 1), (byte)random.Next(256)); break;
                case 4 when bytes.Count > 4: int cut = random.Next(4, bytes.Count); bytes.RemoveRange(cut, bytes.Count - cut); break;
                default: if (bytes.Count > 4) bytes[4] = (byte)random.Next(256); break;
            }
        }
        return [.. bytes];
    }
}
