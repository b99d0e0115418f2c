namespace MyNumber.Domain.Kiosk;

/// <summary>
/// Every reason a store kiosk (コンビニ交付) refuses, as stable codes the load harness counts. Grouped by the
/// rule of domain-rules.md that gives them.
/// </summary>
public static class KioskReasons
{
    // R-KIOSK-1: who may use a kiosk.
    public static readonly ReasonCode Under15 = new("kiosk.under-15");
    public static readonly ReasonCode NoUserCertificate = new("kiosk.no-user-certificate");
    public static readonly ReasonCode FaceAuthenticationCard = new("kiosk.face-authentication-card");
    public static readonly ReasonCode NoSmartphoneCertificate = new("kiosk.no-smartphone-certificate");

    // R-KIOSK-2: hours.
    public static readonly ReasonCode YearEndClosure = new("kiosk.year-end-closure");
    public static readonly ReasonCode OutsideHours = new("kiosk.outside-hours");
    public static readonly ReasonCode FamilyRegisterOutsideHours = new("kiosk.family-register-outside-hours");

    // R-KIOSK-4, R-KIOSK-7, R-KIOSK-10: what a store never issues.
    public static readonly ReasonCode CounterOnly = new("kiosk.counter-only");
    public static readonly ReasonCode PrintedItemNotOffered = new("kiosk.printed-item-not-offered");
    public static readonly ReasonCode FreeCertificateCounterOnly = new("kiosk.free-certificate-counter-only");
    public static readonly ReasonCode InvalidCopies = new("kiosk.invalid-copies");

    // R-KIOSK-5: seal certificates.
    public static readonly ReasonCode SealNotRegistered = new("kiosk.seal-not-registered");

    // R-KIOSK-6: tax certificates.
    public static readonly ReasonCode TaxNotRegisteredOnJanuaryFirst = new("kiosk.tax-not-registered-on-january-first");
    public static readonly ReasonCode TaxNotFiled = new("kiosk.tax-not-filed");
    public static readonly ReasonCode TaxYearOutOfRange = new("kiosk.tax-year-out-of-range");

    // R-KIOSK-7: family-register certificates.
    public static readonly ReasonCode FamilyRegisterNotYetOffered = new("kiosk.family-register-not-yet-offered");
    public static readonly ReasonCode DomicileNotInCity = new("kiosk.domicile-not-in-city");
    public static readonly ReasonCode UseRegistrationRequired = new("kiosk.use-registration-required");
    public static readonly ReasonCode UseRegistrationNotNeeded = new("kiosk.use-registration-not-needed");

    // R-KIOSK-8: the guide's list of store refusals, in its order.
    public static readonly ReasonCode UnprintableCharacters = new("kiosk.unprintable-characters");
    public static readonly ReasonCode MovedOutOrMoving = new("kiosk.moved-out-or-moving");
    public static readonly ReasonCode HouseholdMemberMoving = new("kiosk.household-member-moving");
    public static readonly ReasonCode IssuanceRestricted = new("kiosk.issuance-restricted");
    public static readonly ReasonCode TaxWaitingPeriod = new("kiosk.tax-waiting-period");
    public static readonly ReasonCode NameOrAddressTooLong = new("kiosk.name-or-address-too-long");
    public static readonly ReasonCode PreviousAddressTooLong = new("kiosk.previous-address-too-long");
    public static readonly ReasonCode FamilyRegisterEventPending = new("kiosk.family-register-event-pending");

    // R-KIOSK-9: the days after a handover or transfer-in.
    public static readonly ReasonCode NotYetAvailable = new("kiosk.not-yet-available");

    // R-KIOSK-10: refunds.
    public static readonly ReasonCode NoRefund = new("kiosk.no-refund");

    // R-KIOSK-11, R-KIOSK-12: the session.
    public static readonly ReasonCode StepOutOfOrder = new("kiosk.step-out-of-order");
    public static readonly ReasonCode SessionEnded = new("kiosk.session-ended");
    public static readonly ReasonCode WrongPin = new("kiosk.wrong-pin");
    public static readonly ReasonCode PinLocked = new("kiosk.pin-locked");
    public static readonly ReasonCode PrefectureNotInRegion = new("kiosk.prefecture-not-in-region");
    public static readonly ReasonCode NoSmartphoneIssuance = new("kiosk.municipality-without-smartphone-issuance");
    public static readonly ReasonCode InsufficientPayment = new("kiosk.insufficient-payment");
}
