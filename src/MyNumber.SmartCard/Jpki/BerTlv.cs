namespace MyNumber.SmartCard.Jpki;

/// <summary>
/// Just enough BER-TLV to walk the card's files: multi-byte tags (the private <c>FF 10</c>, <c>DF 22</c>)
/// and the short and long length forms.
/// </summary>
internal static class BerTlv
{
    /// <summary>Reads the header at the start of <paramref name="bytes"/>; false when it is incomplete or invalid.</summary>
    public static bool TryReadHeader(ReadOnlySpan<byte> bytes, out int tag, out int headerLength, out int valueLength)
    {
        tag = headerLength = valueLength = 0;
        if (bytes.Length < 2) return false;
        int at = 1;
        tag = bytes[0];
        if ((bytes[0] & 0x1F) == 0x1F)
        {
            do
            {
                if (at >= bytes.Length || at > 3) return false;
                tag = tag << 8 | bytes[at];
            } while ((bytes[at++] & 0x80) != 0);
        }
        if (at >= bytes.Length) return false;
        int first = bytes[at++];
        if (first < 0x80) valueLength = first;
        else
        {
            int count = first & 0x7F;
            if (count is 0 or > 3 || at + count > bytes.Length) return false;
            for (int i = 0; i < count; i++) valueLength = valueLength << 8 | bytes[at++];
        }
        headerLength = at;
        return true;
    }

    /// <summary>The value of the first child with <paramref name="tag"/> in a constructed value, or empty.</summary>
    public static ReadOnlySpan<byte> Find(ReadOnlySpan<byte> value, int tag)
    {
        while (TryReadHeader(value, out int t, out int header, out int length) && header + length <= value.Length)
        {
            if (t == tag) return value.Slice(header, length);
            value = value[(header + length)..];
        }
        return [];
    }
}
