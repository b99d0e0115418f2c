namespace MyNumber.SmartCard.Jpki;

/// <summary>Elementary files of the card-info-input application (券面事項入力補助AP, jpki-card.md §2.2).</summary>
public static class CardInfoInputFileIds
{
    /// <summary>The 12-digit My Number as <c>FF 10 0C</c> + digits; needs the PIN.</summary>
    public const ushort MyNumber = 0x0001;

    /// <summary>基本4情報: name, address, birth date, sex as a <c>FF 20</c> TLV; needs the PIN.</summary>
    public const ushort BasicFacts = 0x0002;
    public const ushort BasicInfo = 0x0005;

    /// <summary>券面事項入力補助用暗証番号: 4 digits, 3 tries.</summary>
    public const ushort Pin = 0x0011;
}
