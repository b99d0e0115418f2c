namespace MyNumber.Domain.Pins;

/// <summary>The four PIN slots of a card (R-PIN-1, p.6).</summary>
public enum PinSlot
{
    /// <summary>署名用電子証明書の暗証番号: 6–16 upper-case letters and digits, locks after 5.</summary>
    Signing,

    /// <summary>利用者証明用電子証明書の暗証番号: 4 digits, locks after 3.</summary>
    UserAuthentication,

    /// <summary>住民基本台帳用の暗証番号: 4 digits, locks after 3.</summary>
    ResidentRegistry,

    /// <summary>券面事項入力補助用の暗証番号: 4 digits, locks after 3.</summary>
    CardInfoInput,
}
