namespace MyNumber.Domain.Lifecycle;

/// <summary>Reason codes of the card lifecycle (R-CERT-*, R-MOVE-*, R-LOSS-*).</summary>
public static class CardReasons
{
    public static readonly ReasonCode NotIssuedYet = new("card.not-issued");
    public static readonly ReasonCode Suspended = new("card.suspended");
    public static readonly ReasonCode Expired = new("card.expired");
    public static readonly ReasonCode Lapsed = new("card.lapsed");
    public static readonly ReasonCode Superseded = new("card.superseded");
    public static readonly ReasonCode Returned = new("card.returned");

    /// <summary>The event does not apply in the card's current state.</summary>
    public static readonly ReasonCode IllegalEvent = new("card.illegal-event");

    /// <summary>R-LOSS-2, R-CERT-3: the holder must come to the counter with the card.</summary>
    public static readonly ReasonCode NeedsCardAtCounter = new("card.needs-card-at-counter");

    /// <summary>R-VAL-7: renewal before the window opens.</summary>
    public static readonly ReasonCode RenewalNotOpen = new("renewal.not-open");

    public static readonly ReasonCode CertificateNotValid = new("certificate.not-valid");

    /// <summary>R-VAL-4: no signing certificate under 15.</summary>
    public static readonly ReasonCode SigningUnder15 = new("certificate.under-15");

    /// <summary>R-MOVE-1: by proxy the signing certificate is not issued the same day.</summary>
    public static readonly ReasonCode ProxyNotSameDay = new("certificate.proxy-not-same-day");

    /// <summary>R-PIN-6: a face-authentication card has no PIN and so no signing certificate.</summary>
    public static readonly ReasonCode FaceAuthenticationCard = new("card.face-auth");

    public static readonly ReasonCode NoTransferPending = new("move.no-transfer-pending");

    /// <summary>R-MOVE-3: the transfer-in came too late; the card has lapsed.</summary>
    public static readonly ReasonCode TransferInLate = new("move.transfer-in-late");

    /// <summary>R-MOVE-7: the transfer-in needs a visit even after a one-stop move-out.</summary>
    public static readonly ReasonCode TransferInNeedsVisit = new("move.transfer-in-needs-visit");

    /// <summary>R-MOVE-4: the old surname must be on the resident record first.</summary>
    public static readonly ReasonCode OldSurnameNotRegistered = new("move.old-surname-not-registered");

    /// <summary>R-MOVE-6: a foreign resident's update came after 14 days.</summary>
    public static readonly ReasonCode UpdateOverdue = new("move.update-overdue");

    public static readonly ReasonCode NotForeignResident = new("move.not-foreign-resident");

    /// <summary>R-MOVE-5: only Japanese nationals keep the card abroad.</summary>
    public static readonly ReasonCode OverseasNotNational = new("move.overseas-not-national");

    /// <summary>R-MOVE-5: overseas applications start on 2024-05-27.</summary>
    public static readonly ReasonCode OverseasNotYet = new("move.overseas-not-yet");

    /// <summary>R-MOVE-5: never registered in Japan on or after 2015-10-05.</summary>
    public static readonly ReasonCode OverseasNeverRegistered = new("move.overseas-never-registered");
}
