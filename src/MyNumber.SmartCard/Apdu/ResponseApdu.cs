namespace MyNumber.SmartCard.Apdu;

/// <summary>A response APDU: optional data followed by the status word.</summary>
public sealed class ResponseApdu(ReadOnlyMemory<byte> data, StatusWord statusWord)
{
    public ReadOnlyMemory<byte> Data { get; } = data;
    public StatusWord StatusWord { get; } = statusWord;

    /// <summary>Parses a card's answer; fewer than the two status bytes throws <see cref="ApduFormatException"/>.</summary>
    public static ResponseApdu Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2)
            throw new ApduFormatException(ApduFormatError.TooShort, $"A response APDU needs the 2 status bytes; got {bytes.Length}.");
        return new ResponseApdu(bytes[..^2].ToArray(), new StatusWord(bytes[^2], bytes[^1]));
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Data.Length + 2];
        Data.Span.CopyTo(bytes);
        bytes[^2] = StatusWord.Sw1;
        bytes[^1] = StatusWord.Sw2;
        return bytes;
    }

    public override string ToString() => $"{Data.Length} bytes, SW={StatusWord}";
}
