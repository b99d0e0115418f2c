namespace MyNumber.SmartCard.Pcsc;

/// <summary>A reader's state as PC/SC last reported it. <see cref="EventState"/> is the raw SCARD_STATE_ mask.</summary>
public sealed record ReaderStatus(string Reader, uint EventState, byte[] Atr)
{
    public bool CardPresent => (EventState & PcscCodes.StatePresent) != 0;
    public bool InUse => (EventState & PcscCodes.StateInUse) != 0;
    public bool Unavailable => (EventState & (PcscCodes.StateUnavailable | PcscCodes.StateUnknown)) != 0;

    public string AtrHex => Convert.ToHexString(Atr);

    public override string ToString() => $"{Reader}: {(CardPresent ? $"card {AtrHex}" : "empty")}";
}
