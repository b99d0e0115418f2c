namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-7: family-register certificates at a store are for holders whose domicile (本籍) is in the city,
/// since the city began the service (October 2024 in the guide's city). A holder registered as a resident
/// elsewhere first makes a one-time use-registration (利用登録申請) at a kiosk. While a filed family-register
/// event is not yet reflected, neither the certificates nor the use-registration are available (R-KIOSK-8 ⑦).
/// </summary>
public static class FamilyRegisterAccess
{
    /// <summary>[decision] The guide says "令和6年10月より"; the first of that month is taken.</summary>
    public static readonly DateOnly StoreServiceFrom = new(2024, 10, 1);

    public static Outcome Check(HolderRecordFacts facts, DateOnly on)
    {
        var common = CheckCommon(facts, on);
        if (!common.IsAccepted) return common;
        return !facts.ResidentInCity && !facts.FamilyRegisterUseRegistered
            ? Outcome.Refused(KioskReasons.UseRegistrationRequired)
            : Outcome.Accepted;
    }

    /// <summary>
    /// The one-time use-registration at a kiosk. [decision] It is held to the family-register hours, since it
    /// is served by the same family-register system; the guide does not give its hours.
    /// </summary>
    public static Outcome CheckUseRegistration(HolderRecordFacts facts, DateTime localTime)
    {
        var hours = KioskHours.CheckFor(CertificateKind.FamilyRegisterCertificate, localTime);
        if (!hours.IsAccepted) return hours;
        var common = CheckCommon(facts, DateOnly.FromDateTime(localTime));
        if (!common.IsAccepted) return common;
        return facts.ResidentInCity || facts.FamilyRegisterUseRegistered
            ? Outcome.Refused(KioskReasons.UseRegistrationNotNeeded)
            : Outcome.Accepted;
    }

    private static Outcome CheckCommon(HolderRecordFacts facts, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (on < StoreServiceFrom) return Outcome.Refused(KioskReasons.FamilyRegisterNotYetOffered);
        if (!facts.DomicileInCity) return Outcome.Refused(KioskReasons.DomicileNotInCity);
        return facts.FamilyRegisterEventPending
            ? Outcome.Refused(KioskReasons.FamilyRegisterEventPending)
            : Outcome.Accepted;
    }
}
