namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-6: resident-tax certificates at a store: only for fiscal years in which the holder was registered in
/// the city on 1 January and has filed; assessment certificates for the current and 5 previous fiscal years,
/// payment certificates for the current and 3 previous; none until the city's waiting days after filing
/// have passed (R-KIOSK-8 ⑤).
/// </summary>
public static class TaxCertificates
{
    public const int AssessmentYearsBack = 5;
    public const int PaymentYearsBack = 3;

    /// <summary>The fiscal year (年度, April to March) that <paramref name="date"/> falls in.</summary>
    public static int FiscalYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    public static Outcome Check(CertificateKind kind, int fiscalYear, HolderRecordFacts facts, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!StoreCatalogue.IsTax(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a tax certificate");

        var current = FiscalYearOf(on);
        var back = kind == CertificateKind.TaxAssessmentCertificate ? AssessmentYearsBack : PaymentYearsBack;
        if (fiscalYear > current || fiscalYear < current - back)
            return Outcome.Refused(KioskReasons.TaxYearOutOfRange);

        var record = facts.TaxYears.FirstOrDefault(t => t.FiscalYear == fiscalYear);
        if (record is null || !record.RegisteredOnJanuaryFirst)
            return Outcome.Refused(KioskReasons.TaxNotRegisteredOnJanuaryFirst);
        if (record.FiledOn is not { } filed) return Outcome.Refused(KioskReasons.TaxNotFiled);
        return on < filed.AddDays(facts.TaxWaitingDays)
            ? Outcome.Refused(KioskReasons.TaxWaitingPeriod)
            : Outcome.Accepted;
    }
}
