namespace MyNumber.Jpki.Verification;

/// <summary>
/// Where the signed part of an X.509 certificate lies in its bytes. The CA signed those exact bytes, so the
/// verifier checks the signature over a slice of the DER it received instead of BouncyCastle's re-encoding
/// of the parsed structure (an allocation and an encoder pass on every cold chain check).
/// </summary>
internal static class DerCertificateLayout
{
    private const byte Sequence = 0x30;

    /// <summary>The tbsCertificate element (tag, length and content), or false when the bytes are not a
    /// certificate's outer layout.</summary>
    public static bool TryTbsCertificate(byte[] der, out ReadOnlyMemory<byte> tbs)
    {
        tbs = default;
        if (!TryHeader(der, 0, out int outerContent, out int outerLength) || outerContent + outerLength != der.Length) return false;
        if (!TryHeader(der, outerContent, out int tbsContent, out int tbsLength)) return false;
        int end = tbsContent + tbsLength;
        if (end > der.Length) return false;
        tbs = der.AsMemory(outerContent, end - outerContent);
        return true;
    }

    /// <summary>A SEQUENCE header at <paramref name="at"/>: where its content starts and how long it is (definite lengths only, as DER has).</summary>
    private static bool TryHeader(byte[] der, int at, out int content, out int length)
    {
        content = 0;
        length = 0;
        if (der.Length - at < 2 || der[at] != Sequence) return false;
        int first = der[at + 1];
        if (first < 0x80)
        {
            content = at + 2;
            length = first;
            return content + length <= der.Length;
        }

        int octets = first & 0x7F;
        if (octets is 0 or > 3 || der.Length - at < 2 + octets) return false;
        for (int i = 0; i < octets; i++) length = (length << 8) | der[at + 2 + i];
        content = at + 2 + octets;
        return content + length <= der.Length;
    }
}
