using MyNumber.SmartCard.Apdu;

namespace MyNumber.SmartCard;

/// <summary>
/// Sends commands over an <see cref="ICardChannel"/> and completes the ISO 7816-4 transport rules that a
/// T=0 reader leaves to the host: <c>61xx</c> (fetch the rest with GET RESPONSE) and <c>6Cxx</c>
/// (resend with Le = xx).
/// </summary>
public sealed class CardSession(ICardChannel channel)
{
    private const int MaxGetResponses = 256;

    public ICardChannel Channel { get; } = channel ?? throw new ArgumentNullException(nameof(channel));

    public ResponseApdu Send(CommandApdu command) => Send(command.ToBytes());

    /// <summary>Sends raw command bytes; the caller may clear its buffer (a PIN) right after.</summary>
    public ResponseApdu Send(ReadOnlySpan<byte> command)
    {
        var response = ResponseApdu.Parse(Channel.Transmit(command));
        if (response.StatusWord.IsWrongLe && command.Length >= 5)
        {
            var again = command.ToArray();
            again[^1] = response.StatusWord.Sw2;
            response = ResponseApdu.Parse(Channel.Transmit(again));
        }
        if (!response.StatusWord.IsBytesRemaining) return response;

        var data = new List<byte>(response.Data.Length + 256);
        data.AddRange(response.Data.Span);
        for (int i = 0; i < MaxGetResponses && response.StatusWord.IsBytesRemaining; i++)
        {
            byte[] getResponse = [0x00, 0xC0, 0x00, 0x00, response.StatusWord.Sw2];
            response = ResponseApdu.Parse(Channel.Transmit(getResponse));
            data.AddRange(response.Data.Span);
        }
        return new ResponseApdu(data.ToArray(), response.StatusWord);
    }

    /// <summary>Sends and insists on <c>90 00</c>, returning the data.</summary>
    public ReadOnlyMemory<byte> Expect(string operation, CommandApdu command)
    {
        var response = Send(command);
        return response.StatusWord.IsSuccess ? response.Data : throw new CardCommandException(operation, response.StatusWord);
    }
}
