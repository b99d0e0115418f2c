namespace MyNumber.SmartCard.Jpki;

/// <summary>The card's PINs that the client can verify.</summary>
public enum JpkiPin
{
    /// <summary>利用者証明用暗証番号: 4 digits, 3 tries (JPKI EF 0018).</summary>
    UserAuthentication,

    /// <summary>署名用パスワード: 6–16 of A–Z and 0–9, 5 tries (JPKI EF 001B).</summary>
    Signing,

    /// <summary>券面事項入力補助用暗証番号: 4 digits, 3 tries (card-info-input EF 0011).</summary>
    CardInfoInput,
}
