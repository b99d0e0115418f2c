namespace MyNumber.SmartCard.Pcsc;

/// <summary>A platform-neutral SCARD_READERSTATE: what the caller knows in, what the reader is now out.</summary>
internal sealed class ReaderStateQuery(string reader, uint currentState)
{
    public const int MaxAtrLength = 33;

    public string Reader { get; } = reader;
    public uint CurrentState { get; } = currentState;
    public uint EventState { get; set; }
    public byte[] Atr { get; set; } = [];
}
