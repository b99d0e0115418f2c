using System.Text;

namespace MyNumber.CardEmulator;

/// <summary>
/// Encodes the card-info-input application's files in the card's private-tag TLV layout
/// (jpki-card.md §2.2): <c>FF 10</c> for My Number, <c>FF 20</c> { <c>DF 21</c>…<c>DF 25</c> } for the basic facts.
/// </summary>
internal static class CardInfoEncoder
{
    public static byte[] MyNumber(string myNumber)
    {
        var digits = Encoding.ASCII.GetBytes(myNumber);
        return [0xFF, 0x10, (byte)digits.Length, .. digits, 0xFF, 0xFF];
    }

    public static byte[] BasicFacts(string name, string address, string birthDate, string sex)
    {
        byte[][] fields =
        [
            Tlv(0xDF, 0x22, Encoding.UTF8.GetBytes(name)),
            Tlv(0xDF, 0x23, Encoding.UTF8.GetBytes(address)),
            Tlv(0xDF, 0x24, Encoding.ASCII.GetBytes(birthDate)),
            Tlv(0xDF, 0x25, Encoding.ASCII.GetBytes(sex)),
        ];
        // The header holds each field's offset inside the FF 20 value, one byte pair per field.
        var header = new byte[2 * fields.Length];
        int offset = 3 + header.Length;
        for (int i = 0; i < fields.Length; i++)
        {
            header[2 * i] = (byte)(offset >> 8);
            header[2 * i + 1] = (byte)offset;
            offset += fields[i].Length;
        }
        byte[] value = [.. Tlv(0xDF, 0x21, header), .. fields.SelectMany(f => f)];
        return Tlv(0xFF, 0x20, value);
    }

    public static byte[] BasicInfo() => Tlv(0xFF, 0x40, [.. Tlv(0xDF, 0x41, new byte[4]), .. Tlv(0xDF, 0x42, new byte[16])]);

    private static byte[] Tlv(byte tag1, byte tag2, byte[] value) => [tag1, tag2, .. Length(value.Length), .. value];

    private static byte[] Length(int length) => length switch
    {
        < 0x80 => [(byte)length],
        < 0x100 => [0x81, (byte)length],
        _ => [0x82, (byte)(length >> 8), (byte)length],
    };
}
