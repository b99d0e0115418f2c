namespace MyNumber.SmartCard;

/// <summary>
/// A raw APDU exchange with one card: a PC/SC connection, or the emulator's processor in memory.
/// Implementations return the response APDU bytes (data and status word) exactly as the card sent them.
/// </summary>
public interface ICardChannel
{
    byte[] Transmit(ReadOnlySpan<byte> commandApdu);
}
