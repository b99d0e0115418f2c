namespace MyNumber.SmartCard.Jpki;

/// <summary>Application identifiers of the My Number Card's applications (jpki-card.md §1).</summary>
public static class MyNumberCardAids
{
    /// <summary>公的個人認証AP: the JPKI application with both certificates and keys.</summary>
    public static ReadOnlySpan<byte> Jpki => [0xD3, 0x92, 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01];

    /// <summary>券面事項入力補助AP: My Number and the 4 basic facts as text, behind a 4-digit PIN.</summary>
    public static ReadOnlySpan<byte> CardInfoInput => [0xD3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];
}
