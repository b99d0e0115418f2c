namespace MyNumber.SmartCard.Apdu;

/// <summary>Why a byte string is not an ISO 7816-4 command APDU.</summary>
public enum ApduFormatError
{
    /// <summary>Fewer than the four header bytes CLA INS P1 P2.</summary>
    TooShort,

    /// <summary>The body's length bytes disagree with the number of bytes that follow.</summary>
    LengthMismatch,

    /// <summary>An extended-length header whose Lc is zero, which ISO 7816-4 forbids.</summary>
    ZeroExtendedLc,
}
