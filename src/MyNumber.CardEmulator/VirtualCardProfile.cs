using System.Security.Cryptography;

namespace MyNumber.CardEmulator;

/// <summary>
/// What one virtual My Number Card holds: the four JPKI certificates (DER), the two private keys, the
/// three PINs, and the card-info-input facts. The caller issues the certificates (the CLI takes them from
/// the fleet's JPKI authority); <see cref="SelfIssuedCardProfile"/> makes a stand-alone one.
/// </summary>
public sealed record VirtualCardProfile(
    byte[] AuthenticationCertificate,
    byte[] AuthenticationCaCertificate,
    byte[] SigningCertificate,
    byte[] SigningCaCertificate,
    RSA AuthenticationKey,
    RSA SigningKey,
    string UserPin,
    string SigningPin,
    string CardInfoPin,
    string MyNumber,
    string Name,
    string Address,
    string BirthDate,
    string Sex)
{
    /// <summary>A real My Number Card's contact ATR (T=1), which OpenSC accepts after its JPKI SELECT.</summary>
    public static ReadOnlySpan<byte> DefaultAtr => [0x3B, 0xC5, 0xFF, 0x81, 0x31, 0xFB, 0x45, 0x80, 0x73, 0xC6, 0x01, 0x00, 0x00];

    public byte[] Atr { get; init; } = DefaultAtr.ToArray();

    /// <summary>The name in the token EF <c>0006</c>; <c>JPKIAPICCTOKEN2</c> is a My Number Card.</summary>
    public string TokenName { get; init; } = "JPKIAPICCTOKEN2";

    // PINs and the full My Number must never reach a log through a record's generated ToString.
    public override string ToString() =>
        $"VirtualCardProfile {{ MyNumber = ********{MyNumber[Math.Max(0, MyNumber.Length - 4)..]}, Name = {Name} }}";
}
