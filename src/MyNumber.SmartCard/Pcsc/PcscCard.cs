namespace MyNumber.SmartCard.Pcsc;

/// <summary>
/// A connection to the card in one reader (shared mode). Transmit failures surface as
/// <see cref="PcscException"/>: <see cref="PcscError.CardRemoved"/> when the card is pulled mid-session.
/// Disposing leaves the card powered (SCARD_LEAVE_CARD), as OpenSC does.
/// </summary>
public sealed class PcscCard : ICardChannel, IDisposable
{
    // Room for an extended-length answer: 65536 data bytes and the status word.
    private const int ReceiveBufferLength = 65538;

    private readonly IPcscApi _api;
    private readonly Lock _gate = new();
    private readonly byte[] _receive = new byte[ReceiveBufferLength];
    private nint _handle;

    internal PcscCard(IPcscApi api, nint handle, string reader, CardProtocol protocol)
    {
        _api = api;
        _handle = handle;
        Reader = reader;
        Protocol = protocol;
    }

    public string Reader { get; }
    public CardProtocol Protocol { get; }

    public byte[] Transmit(ReadOnlySpan<byte> commandApdu)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_handle == 0, this);
            var rc = _api.Transmit(_handle, (uint)Protocol, commandApdu, _receive, out int received);
            if (rc != PcscCodes.Success) throw PcscException.From(rc, $"SCardTransmit on \"{Reader}\"");
            var response = _receive.AsSpan(0, received).ToArray();
            // The buffer may have held a card's answer with personal data; do not leave it lying around.
            _receive.AsSpan(0, received).Clear();
            return response;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_handle == 0) return;
            _api.Disconnect(_handle, PcscCodes.LeaveCard);
            _handle = 0;
        }
    }
}
