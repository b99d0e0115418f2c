namespace MyNumber.Jpki.Revocation;

/// <summary>Why a certificate was revoked, with the CRL reason codes of RFC 5280 §5.3.1.</summary>
public enum RevocationReason
{
    Unspecified = 0,
    KeyCompromise = 1,

    /// <summary>A basic fact changed (R-CERT-1): the subject's information is no longer true, the key is fine.</summary>
    AffiliationChanged = 3,

    /// <summary>Replaced by a new certificate (renewal, reissue).</summary>
    Superseded = 4,

    /// <summary>The holder died or the card lapsed (R-CERT-2).</summary>
    CessationOfOperation = 5,

    /// <summary>Suspended by the hotline (card lost); lifted at the counter.</summary>
    CertificateHold = 6,
}
