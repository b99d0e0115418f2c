namespace MyNumber.SmartCard.Pcsc;

/// <summary>The transmission protocol the reader negotiated with the card.</summary>
public enum CardProtocol
{
    T0 = 1,
    T1 = 2,
}
