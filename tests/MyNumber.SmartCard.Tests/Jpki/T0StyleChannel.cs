namespace MyNumber.SmartCard.Tests.Jpki;

/// <summary>
/// Puts a T=0 reader's transport rules in front of a card: data comes back only through GET RESPONSE
/// after <c>61 xx</c>, and a READ BINARY whose Le is not what the card has left is answered <c>6C xx</c>.
/// </summary>
internal sealed class T0StyleChannel(ICardChannel card) : ICardChannel
{
    private byte[] _pending = [];

    public int GetResponses { get; private set; }
    public int WrongLeAnswers { get; private set; }

    public byte[] Transmit(ReadOnlySpan<byte> command)
    {
        if (command.Length == 5 && command[1] == 0xC0)
        {
            GetResponses++;
            int take = Math.Min(command[4] == 0 ? 256 : command[4], _pending.Length);
            var part = _pending[..take];
            _pending = _pending[take..];
            return _pending.Length == 0 ? [.. part, 0x90, 0x00] : [.. part, 0x61, (byte)Math.Min(_pending.Length, 255)];
        }
        var response = card.Transmit(command);
        if (command.Length == 5 && command[1] == 0xB0 && response.Length > 2 && response.Length - 2 < (command[4] == 0 ? 256 : command[4]))
        {
            WrongLeAnswers++;
            return [0x6C, (byte)(response.Length - 2)];
        }
        if (response.Length <= 2) return response;
        _pending = response[..^2];
        return [0x61, (byte)Math.Min(_pending.Length, 255)];
    }
}
