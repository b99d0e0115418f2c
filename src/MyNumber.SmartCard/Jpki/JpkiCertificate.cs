namespace MyNumber.SmartCard.Jpki;

/// <summary>The four certificate files of the JPKI application.</summary>
public enum JpkiCertificate
{
    /// <summary>利用者証明用電子証明書 (EF 000A), free to read.</summary>
    UserAuthentication,

    /// <summary>Its issuing CA's certificate (EF 000B), free to read.</summary>
    UserAuthenticationCa,

    /// <summary>署名用電子証明書 (EF 0001), readable after the signing PIN.</summary>
    Signing,

    /// <summary>Its issuing CA's certificate (EF 0002), free to read.</summary>
    SigningCa,
}
