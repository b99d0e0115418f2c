namespace MyNumber.SmartCard.Jpki;

/// <summary>The two private keys of the JPKI application.</summary>
public enum JpkiKey
{
    /// <summary>利用者証明用秘密鍵 (EF 0017), unlocked by the user-authentication PIN.</summary>
    UserAuthentication,

    /// <summary>署名用秘密鍵 (EF 001A), unlocked by the signing PIN.</summary>
    Signing,
}
