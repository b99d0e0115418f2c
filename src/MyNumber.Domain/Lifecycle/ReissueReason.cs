namespace MyNumber.Domain.Lifecycle;

/// <summary>Why a card is reissued (R-LOSS-3, R-CERT-3).</summary>
public enum ReissueReason
{
    /// <summary>Lost, stolen or damaged through the holder's fault: charged.</summary>
    HolderAtFault,

    /// <summary>Not the holder's fault (e.g. a chip defect): free.</summary>
    NotHolderAtFault,

    /// <summary>The renewed card replaces this one (R-CERT-3): free.</summary>
    Renewal,
}
