namespace MyNumber.SmartCard.Apdu;

/// <summary>A command or response APDU that cannot be parsed; <see cref="Error"/> says why.</summary>
public sealed class ApduFormatException(ApduFormatError error, string message) : Exception(message)
{
    public ApduFormatError Error { get; } = error;
}
