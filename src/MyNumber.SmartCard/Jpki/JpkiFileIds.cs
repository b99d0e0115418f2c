namespace MyNumber.SmartCard.Jpki;

/// <summary>Elementary files of the JPKI application, selected with <c>00 A4 02 0C 02 &lt;fid&gt;</c> (jpki-card.md §2.1).</summary>
public static class JpkiFileIds
{
    /// <summary>署名用電子証明書: readable only after the signing PIN.</summary>
    public const ushort SigningCertificate = 0x0001;
    public const ushort SigningCaCertificate = 0x0002;
    public const ushort TokenInfo = 0x0006;

    /// <summary>利用者証明用電子証明書: free to read.</summary>
    public const ushort AuthenticationCertificate = 0x000A;
    public const ushort AuthenticationCaCertificate = 0x000B;
    public const ushort AuthenticationKey = 0x0017;
    public const ushort AuthenticationPin = 0x0018;
    public const ushort SigningKey = 0x001A;
    public const ushort SigningPin = 0x001B;
}
