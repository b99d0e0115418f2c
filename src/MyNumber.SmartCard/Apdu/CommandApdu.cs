using System.Buffers.Binary;

namespace MyNumber.SmartCard.Apdu;

/// <summary>
/// An ISO 7816-4 command APDU. <see cref="Ne"/> is the expected response length, 0 when the command
/// has no Le field; a short Le of <c>00</c> means 256 and an extended Le of <c>00 00</c> means 65536.
/// </summary>
public sealed class CommandApdu
{
    public const int MaxShortNe = 256;
    public const int MaxExtendedNe = 65536;

    public CommandApdu(byte cla, byte ins, byte p1, byte p2, ReadOnlySpan<byte> data = default, int ne = 0)
    {
        if (data.Length > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(data), "Lc cannot exceed 65535 bytes.");
        if (ne is < 0 or > MaxExtendedNe) throw new ArgumentOutOfRangeException(nameof(ne), "Ne must be 0..65536.");
        Cla = cla; Ins = ins; P1 = p1; P2 = p2; Ne = ne;
        Data = data.ToArray();
    }

    private CommandApdu(byte cla, byte ins, byte p1, byte p2, byte[] data, int ne, bool extended)
    {
        Cla = cla; Ins = ins; P1 = p1; P2 = p2; Data = data; Ne = ne; IsExtended = extended;
    }

    public byte Cla { get; }
    public byte Ins { get; }
    public byte P1 { get; }
    public byte P2 { get; }
    public ReadOnlyMemory<byte> Data { get; }
    public int Ne { get; }

    /// <summary>True when parsed from, or to be encoded with, extended length fields.</summary>
    public bool IsExtended { get; }

    public ApduCase Case => (Data.Length > 0, Ne > 0) switch
    {
        (false, false) => ApduCase.Case1,
        (false, true) => ApduCase.Case2,
        (true, false) => ApduCase.Case3,
        _ => ApduCase.Case4,
    };

    /// <summary>Parses a command APDU; a malformed one throws <see cref="ApduFormatException"/>.</summary>
    public static CommandApdu Parse(ReadOnlySpan<byte> bytes) =>
        TryParse(bytes, out var apdu, out var error) ? apdu : throw new ApduFormatException(error, Describe(error, bytes.Length));

    /// <summary>Parses a command APDU without throwing; the card side uses this for every input.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out CommandApdu apdu, out ApduFormatError error)
    {
        apdu = null!;
        error = default;
        if (bytes.Length < 4) { error = ApduFormatError.TooShort; return false; }
        byte cla = bytes[0], ins = bytes[1], p1 = bytes[2], p2 = bytes[3];
        var body = bytes[4..];
        if (body.Length == 0) { apdu = new(cla, ins, p1, p2, [], 0, false); return true; }
        if (body.Length == 1) { apdu = new(cla, ins, p1, p2, [], ShortNe(body[0]), false); return true; }
        if (body[0] != 0)
        {
            int lc = body[0];
            if (body.Length == 1 + lc) { apdu = new(cla, ins, p1, p2, body.Slice(1, lc).ToArray(), 0, false); return true; }
            if (body.Length == 2 + lc) { apdu = new(cla, ins, p1, p2, body.Slice(1, lc).ToArray(), ShortNe(body[^1]), false); return true; }
            error = ApduFormatError.LengthMismatch;
            return false;
        }
        return TryParseExtended(cla, ins, p1, p2, body, out apdu, out error);
    }

    private static bool TryParseExtended(byte cla, byte ins, byte p1, byte p2, ReadOnlySpan<byte> body, out CommandApdu apdu, out ApduFormatError error)
    {
        apdu = null!;
        error = ApduFormatError.LengthMismatch;
        if (body.Length < 3) return false;
        int first = BinaryPrimitives.ReadUInt16BigEndian(body[1..]);
        if (body.Length == 3) { apdu = new(cla, ins, p1, p2, [], ExtendedNe(first), true); return true; }
        if (first == 0) { error = ApduFormatError.ZeroExtendedLc; return false; }
        int lc = first;
        if (body.Length == 3 + lc) { apdu = new(cla, ins, p1, p2, body.Slice(3, lc).ToArray(), 0, true); return true; }
        if (body.Length == 5 + lc)
        {
            apdu = new(cla, ins, p1, p2, body.Slice(3, lc).ToArray(), ExtendedNe(BinaryPrimitives.ReadUInt16BigEndian(body[^2..])), true);
            return true;
        }
        return false;
    }

    /// <summary>Encodes the APDU, choosing extended length only when a field does not fit a short one.</summary>
    public byte[] ToBytes()
    {
        bool extended = IsExtended || Data.Length > 255 || Ne > MaxShortNe;
        int size = 4 + (Data.Length == 0 ? 0 : (extended ? 3 : 1) + Data.Length)
                     + (Ne == 0 ? 0 : extended ? (Data.Length == 0 ? 3 : 2) : 1);
        var bytes = new byte[size];
        bytes[0] = Cla; bytes[1] = Ins; bytes[2] = P1; bytes[3] = P2;
        int at = 4;
        if (Data.Length > 0)
        {
            if (extended) { bytes[at++] = 0; BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)Data.Length); at += 2; }
            else bytes[at++] = (byte)Data.Length;
            Data.Span.CopyTo(bytes.AsSpan(at));
            at += Data.Length;
        }
        if (Ne > 0)
        {
            if (!extended) bytes[at] = (byte)(Ne == MaxShortNe ? 0 : Ne);
            else
            {
                if (Data.Length == 0) bytes[at++] = 0;
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)(Ne == MaxExtendedNe ? 0 : Ne));
            }
        }
        return bytes;
    }

    /// <summary>The same command asking for <paramref name="ne"/> bytes, as a card's <c>6Cxx</c> demands.</summary>
    public CommandApdu WithNe(int ne) => new(Cla, Ins, P1, P2, Data.Span, ne);

    public override string ToString() => $"{Cla:X2} {Ins:X2} {P1:X2} {P2:X2} Lc={Data.Length} Ne={Ne}";

    private static int ShortNe(byte le) => le == 0 ? MaxShortNe : le;

    private static int ExtendedNe(int le) => le == 0 ? MaxExtendedNe : le;

    private static string Describe(ApduFormatError error, int length) => error switch
    {
        ApduFormatError.TooShort => $"A command APDU needs at least 4 header bytes; got {length}.",
        ApduFormatError.ZeroExtendedLc => "An extended-length command APDU has Lc = 0.",
        _ => $"The length fields of a {length}-byte command APDU do not match its body.",
    };
}
