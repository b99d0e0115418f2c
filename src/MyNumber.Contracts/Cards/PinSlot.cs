namespace MyNumber.Contracts.Cards;

/// <summary>The four PIN slots of a card (R-PIN-1).</summary>
[GenerateSerializer, Alias("mn.PinSlot")]
public enum PinSlot
{
    /// <summary>署名用電子証明書 PIN: 6–16 upper-case letters and digits.</summary>
    Signing = 0,

    /// <summary>利用者証明用電子証明書 PIN: 4 digits.</summary>
    UserAuthentication = 1,

    /// <summary>住民基本台帳 PIN: 4 digits.</summary>
    ResidentRegistry = 2,

    /// <summary>券面事項入力補助 PIN: 4 digits.</summary>
    CardInfoInput = 3,
}
