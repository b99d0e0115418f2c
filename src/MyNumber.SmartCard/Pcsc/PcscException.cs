namespace MyNumber.SmartCard.Pcsc;

/// <summary>A PC/SC call failed; <see cref="Error"/> classifies it, <see cref="Code"/> is the raw SCARD_ code.</summary>
public sealed class PcscException : Exception
{
    public PcscException(PcscError error, uint code, string message, Exception? inner = null) : base(message, inner)
    {
        Error = error;
        Code = code;
    }

    public PcscError Error { get; }
    public uint Code { get; }

    internal static PcscException From(uint code, string operation)
    {
        var (error, meaning) = code switch
        {
            PcscCodes.NoService or PcscCodes.ServiceStopped => (PcscError.NoService, "the PC/SC service is not running (start pcscd)"),
            // A client whose pcscd died gets this, not NoService, for every handle it already had.
            PcscCodes.CommError => (PcscError.NoService, "lost the connection to the PC/SC service (pcscd stopped?)"),
            PcscCodes.NoReadersAvailable => (PcscError.NoReaders, "no reader is connected"),
            PcscCodes.UnknownReader or PcscCodes.ReaderUnavailable => (PcscError.ReaderUnavailable, "the reader is unknown or unavailable"),
            PcscCodes.NoSmartCard => (PcscError.NoCard, "no card in the reader"),
            PcscCodes.RemovedCard => (PcscError.CardRemoved, "the card was removed"),
            PcscCodes.ResetCard => (PcscError.CardReset, "the card was reset by another process"),
            PcscCodes.UnresponsiveCard or PcscCodes.UnpoweredCard => (PcscError.CardUnresponsive, "the card does not respond"),
            PcscCodes.SharingViolation => (PcscError.SharingViolation, "another process holds the card exclusively"),
            PcscCodes.NotTransacted => (PcscError.NotTransacted, "the exchange with the card did not take place"),
            PcscCodes.Timeout => (PcscError.Timeout, "timed out"),
            PcscCodes.Cancelled => (PcscError.Cancelled, "cancelled"),
            _ => (PcscError.Other, "PC/SC error"),
        };
        return new PcscException(error, code, $"{operation}: {meaning} (0x{code:X8}).");
    }
}
