namespace MyNumber.Domain.Uses;

/// <summary>Reason codes of the card's uses (R-INS-*, R-PORTAL-1, R-PASS-1, R-SMART-1).</summary>
public static class UseReasons
{
    /// <summary>R-PIN-6: the use needs a PIN, which a face-authentication card does not have.</summary>
    public static readonly ReasonCode NeedsPinCard = new("use.needs-pin-card");

    /// <summary>R-INS-1: the card is not registered for health-insurance use.</summary>
    public static readonly ReasonCode NotRegisteredForInsurance = new("insurance.not-registered");

    /// <summary>R-INS-2: after a change of insurer the new insurer has not been notified.</summary>
    public static readonly ReasonCode InsurerNotNotified = new("insurance.insurer-not-notified");

    /// <summary>R-INS-2: the face match or visual check failed.</summary>
    public static readonly ReasonCode IdentificationFailed = new("insurance.identification-failed");

    /// <summary>R-PASS-1: before online renewal started.</summary>
    public static readonly ReasonCode PassportNotYetOnline = new("passport.not-yet-online");

    /// <summary>R-PASS-1: the passport still has a year or more and enough visa pages.</summary>
    public static readonly ReasonCode PassportNotDue = new("passport.not-due");

    /// <summary>R-PASS-1: domicile, legal name or sex changed: apply at a passport office.</summary>
    public static readonly ReasonCode PassportFactsChanged = new("passport.facts-changed");

    /// <summary>R-PASS-1: under 15 the application goes through the legal representative's portal.</summary>
    public static readonly ReasonCode PassportNeedsProxy = new("passport.under-15-needs-proxy");

    /// <summary>R-PASS-1: online applications are paid by card only.</summary>
    public static readonly ReasonCode PassportCardPaymentOnly = new("passport.card-payment-only");

    /// <summary>R-SMART-1: the platform does not offer the smartphone certificate on that day.</summary>
    public static readonly ReasonCode SmartphonePlatformUnsupported = new("smartphone.platform-unsupported");

    /// <summary>R-SMART-1: the smartphone certificate is not active (suspended or revoked).</summary>
    public static readonly ReasonCode SmartphoneNotActive = new("smartphone.not-active");

    /// <summary>R-SMART-1: the phone's biometric check failed.</summary>
    public static readonly ReasonCode BiometricsFailed = new("smartphone.biometrics-failed");

    /// <summary>R-SMART-1: only the holder can stop the smartphone certificate.</summary>
    public static readonly ReasonCode OnlyHolderCanStop = new("smartphone.only-holder-can-stop");
}
