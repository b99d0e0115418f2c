using System.Text;
using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard.Jpki;

/// <summary>Decodes the card-info-input files: <c>FF 10</c> My Number and <c>FF 20</c> { <c>DF 22</c>…<c>DF 25</c> }.</summary>
internal static class CardInfoInputParser
{
    private const int MyNumberTag = 0xFF10, BasicFactsTag = 0xFF20;
    private const int NameTag = 0xDF22, AddressTag = 0xDF23, BirthDateTag = 0xDF24, SexTag = 0xDF25;

    public static CardInfoInput Parse(ReadOnlySpan<byte> myNumberFile, ReadOnlySpan<byte> basicFactsFile)
    {
        var myNumber = Value(myNumberFile, MyNumberTag);
        var facts = Value(basicFactsFile, BasicFactsTag);
        return new CardInfoInput(
            Encoding.ASCII.GetString(myNumber),
            Encoding.UTF8.GetString(BerTlv.Find(facts, NameTag)),
            Encoding.UTF8.GetString(BerTlv.Find(facts, AddressTag)),
            Encoding.ASCII.GetString(BerTlv.Find(facts, BirthDateTag)),
            Encoding.ASCII.GetString(BerTlv.Find(facts, SexTag)));
    }

    private static ReadOnlySpan<byte> Value(ReadOnlySpan<byte> file, int expectedTag)
    {
        if (!BerTlv.TryReadHeader(file, out int tag, out int header, out int length) || tag != expectedTag || header + length > file.Length)
            throw new CardCommandException($"decoding card-info-input tag {expectedTag:X4}", StatusWord.WrongData);
        return file.Slice(header, length);
    }
}
