namespace MyNumber.SmartCard.Pcsc;

/// <summary>What went wrong in PC/SC, in terms a caller can act on.</summary>
public enum PcscError
{
    /// <summary>The PC/SC service (pcscd) is not running, or its library is not installed.</summary>
    NoService,

    /// <summary>No reader is connected.</summary>
    NoReaders,

    /// <summary>The named reader does not exist or has gone.</summary>
    ReaderUnavailable,

    /// <summary>The reader holds no card.</summary>
    NoCard,

    /// <summary>The card was removed during the session.</summary>
    CardRemoved,

    /// <summary>Someone else reset the card: the session's state (selected files, PINs) is gone.</summary>
    CardReset,

    /// <summary>The card does not answer.</summary>
    CardUnresponsive,

    /// <summary>Another process holds the card exclusively.</summary>
    SharingViolation,

    /// <summary>The exchange did not happen (e.g. the virtual card's socket died).</summary>
    NotTransacted,

    Timeout,
    Cancelled,
    Other,
}
