namespace MyNumber.Domain.Lifecycle;

/// <summary>Why a certificate was revoked (R-CERT-1, R-CERT-2).</summary>
public enum RevocationReason
{
    /// <summary>R-CERT-2: on the holder's request.</summary>
    HolderRequest,

    /// <summary>R-CERT-1: name, address, date of birth or sex changed (signing certificate only).</summary>
    BasicFactsChanged,

    /// <summary>R-CERT-2: the holder died.</summary>
    Death,

    /// <summary>The card was reissued, lapsed or returned, so its certificates go with it.</summary>
    CardEnded,
}
