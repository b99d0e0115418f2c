namespace MyNumber.Domain.Kiosk;

/// <summary>
/// Whether a store kiosk issues one requested certificate to this holder at this moment (R-KIOSK-2, 4..9),
/// with the first applicable refusal. Eligibility of the card or phone itself is <see cref="KioskEligibility"/>;
/// the on-screen steps are <see cref="Session.KioskSessionMachine"/>.
/// </summary>
public static class StoreIssuance
{
    /// <summary>R-KIOSK-8 ⑥: longest name or address a resident-record copy can print.</summary>
    public const int MaxNameOrAddressLength = 50;

    /// <summary>R-KIOSK-8 ⑥: longest previous address (転入前住所) a resident-record copy can print.</summary>
    public const int MaxPreviousAddressLength = 65;

    public static Outcome Check(StoreIssuanceRequest request, HolderRecordFacts facts, DateTime localTime)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(facts);
        var on = DateOnly.FromDateTime(localTime);

        var offered = StoreCatalogue.CheckOffered(request.Kind);
        if (!offered.IsAccepted) return offered;
        if (request.FeeExempt) return Outcome.Refused(KioskReasons.FreeCertificateCounterOnly);
        if (request.Copies < 1) return Outcome.Refused(KioskReasons.InvalidCopies);

        var hours = KioskHours.CheckFor(request.Kind, localTime);
        if (!hours.IsAccepted) return hours;

        if (facts.HasUnprintableCharacters) return Outcome.Refused(KioskReasons.UnprintableCharacters);
        if (facts.MovedOutOrMoving) return Outcome.Refused(KioskReasons.MovedOutOrMoving);
        if (facts.IssuanceRestricted) return Outcome.Refused(KioskReasons.IssuanceRestricted);

        var specific = request.Kind switch
        {
            CertificateKind.ResidentRecordCopy => CheckResidentRecordCopy(request, facts),
            CertificateKind.SealRegistrationCertificate => facts.SealRegistered
                ? Outcome.Accepted
                : Outcome.Refused(KioskReasons.SealNotRegistered),
            CertificateKind.TaxAssessmentCertificate or CertificateKind.TaxPaymentCertificate =>
                request.FiscalYear is { } year
                    ? TaxCertificates.Check(request.Kind, year, facts, on)
                    : throw new ArgumentException("a tax certificate request needs its fiscal year", nameof(request)),
            _ => FamilyRegisterAccess.Check(facts, on),
        };
        if (!specific.IsAccepted) return specific;

        return KioskAvailability.Check(request.Kind, facts.LastHandoverOrTransferIn, localTime);
    }

    private static Outcome CheckResidentRecordCopy(StoreIssuanceRequest request, HolderRecordFacts facts)
    {
        if (facts.HouseholdMemberMoving) return Outcome.Refused(KioskReasons.HouseholdMemberMoving);
        if (facts.LongestNameLength > MaxNameOrAddressLength || facts.AddressLength > MaxNameOrAddressLength)
            return Outcome.Refused(KioskReasons.NameOrAddressTooLong);
        if (facts.PreviousAddressLength > MaxPreviousAddressLength)
            return Outcome.Refused(KioskReasons.PreviousAddressTooLong);
        var items = request.PrintedItems ?? ResidentRecordPrintedItems.None;
        return items.IsOfferedTo(facts.IsForeignResident)
            ? Outcome.Accepted
            : Outcome.Refused(KioskReasons.PrintedItemNotOffered);
    }
}
