namespace MyNumber.Domain.Kiosk;

/// <summary>R-KIOSK-4, R-KIOSK-7: which certificates a store kiosk issues at all.</summary>
public static class StoreCatalogue
{
    /// <summary>The kiosk menu, in the guide's order (p.14).</summary>
    public static IReadOnlyList<CertificateKind> StoreMenu { get; } =
    [
        CertificateKind.ResidentRecordCopy, CertificateKind.SealRegistrationCertificate,
        CertificateKind.TaxAssessmentCertificate, CertificateKind.TaxPaymentCertificate,
        CertificateKind.FamilyRegisterCertificate, CertificateKind.FamilyRegisterAnnexCopy,
    ];

    public static bool IsOfferedAtStore(CertificateKind kind) => StoreMenu.Contains(kind);

    /// <summary>
    /// [decision] The family-register annex copy (附票の写し) is listed under 戸籍の証明書 (p.14), so it follows the
    /// family-register rules: domicile in the city, weekday hours, no pending events.
    /// </summary>
    public static bool IsFamilyRegister(CertificateKind kind) =>
        kind is CertificateKind.FamilyRegisterCertificate or CertificateKind.FamilyRegisterAnnexCopy;

    public static bool IsTax(CertificateKind kind) =>
        kind is CertificateKind.TaxAssessmentCertificate or CertificateKind.TaxPaymentCertificate;

    public static Outcome CheckOffered(CertificateKind kind) =>
        IsOfferedAtStore(kind) ? Outcome.Accepted : Outcome.Refused(KioskReasons.CounterOnly);
}
