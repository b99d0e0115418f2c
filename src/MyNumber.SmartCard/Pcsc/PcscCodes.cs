namespace MyNumber.SmartCard.Pcsc;

/// <summary>PC/SC constants shared by every platform (winscard.h / pcsclite.h).</summary>
internal static class PcscCodes
{
    public const uint ScopeSystem = 2;
    public const uint ShareShared = 2;
    public const uint ProtocolT0 = 1, ProtocolT1 = 2;
    public const uint LeaveCard = 0;
    public const uint Infinite = 0xFFFFFFFF;

    public const uint StateUnaware = 0x0000, StateChanged = 0x0002, StateUnknown = 0x0004, StateUnavailable = 0x0008;
    public const uint StateEmpty = 0x0010, StatePresent = 0x0020, StateExclusive = 0x0080, StateInUse = 0x0100, StateMute = 0x0200;

    public const uint Success = 0;

    /// <summary>SCARD_F_COMM_ERROR: what a context or card handle gets once pcscd has died under it.</summary>
    public const uint CommError = 0x80100013;
    public const uint Cancelled = 0x80100002, InvalidHandle = 0x80100003, InvalidParameter = 0x80100004;
    public const uint InsufficientBuffer = 0x80100008, UnknownReader = 0x80100009, Timeout = 0x8010000A;
    public const uint SharingViolation = 0x8010000B, NoSmartCard = 0x8010000C, ProtocolMismatch = 0x8010000F;
    public const uint NotTransacted = 0x80100016, ReaderUnavailable = 0x80100017, NoService = 0x8010001D;
    public const uint ServiceStopped = 0x8010001E, NoReadersAvailable = 0x8010002E;
    public const uint UnresponsiveCard = 0x80100066, UnpoweredCard = 0x80100067, ResetCard = 0x80100068, RemovedCard = 0x80100069;
}
