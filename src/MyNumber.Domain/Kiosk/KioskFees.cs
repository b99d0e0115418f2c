namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-3: fees in yen per copy, at a store and at the counter.
/// [decision] The guide says store fees are ¥100 below the counter "from 2020-05-01 for the time being"; it
/// is silent on earlier fees, so before that date the store fee is taken to equal the counter fee.
/// </summary>
public static class KioskFees
{
    public static readonly DateOnly StoreDiscountFrom = new(2020, 5, 1);
    public const int StoreDiscount = 100;

    public static int CounterFee(CertificateKind kind) => kind switch
    {
        CertificateKind.ResidentRecordCopy => 300,
        CertificateKind.SealRegistrationCertificate => 300,
        CertificateKind.TaxAssessmentCertificate => 300,
        CertificateKind.TaxPaymentCertificate => 300,
        CertificateKind.FamilyRegisterCertificate => 450,
        CertificateKind.FamilyRegisterAnnexCopy => 300,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "the fee table covers only the certificates on the kiosk menu"),
    };

    public static int StoreFee(CertificateKind kind, DateOnly on) =>
        on >= StoreDiscountFrom ? CounterFee(kind) - StoreDiscount : CounterFee(kind);

    public static int StoreTotal(CertificateKind kind, int copies, DateOnly on)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        return StoreFee(kind, on) * copies;
    }
}
