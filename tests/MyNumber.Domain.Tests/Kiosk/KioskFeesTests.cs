using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Kiosk;

public class KioskFeesTests
{
    private static readonly DateOnly Now = new(2025, 6, 2);

    [Theory(DisplayName = "R-KIOSK-3: store and counter fees per certificate")]
    [InlineData(CertificateKind.ResidentRecordCopy, 200, 300)]
    [InlineData(CertificateKind.SealRegistrationCertificate, 200, 300)]
    [InlineData(CertificateKind.TaxAssessmentCertificate, 200, 300)]
    [InlineData(CertificateKind.TaxPaymentCertificate, 200, 300)]
    [InlineData(CertificateKind.FamilyRegisterCertificate, 350, 450)]
    [InlineData(CertificateKind.FamilyRegisterAnnexCopy, 200, 300)]
    public void FeeTable(CertificateKind kind, int store, int counter)
    {
        Assert.Equal(store, KioskFees.StoreFee(kind, Now));
        Assert.Equal(counter, KioskFees.CounterFee(kind));
    }

    [Fact(DisplayName = "R-KIOSK-3: the ¥100 store discount starts on 2020-05-01; before it the store fee is the counter fee")]
    public void DiscountStart()
    {
        Assert.Equal(300, KioskFees.StoreFee(CertificateKind.ResidentRecordCopy, new DateOnly(2020, 4, 30)));
        Assert.Equal(200, KioskFees.StoreFee(CertificateKind.ResidentRecordCopy, new DateOnly(2020, 5, 1)));
    }

    [Fact(DisplayName = "R-KIOSK-3: the total is the fee times the copies")]
    public void Total() => Assert.Equal(1050, KioskFees.StoreTotal(CertificateKind.FamilyRegisterCertificate, 3, Now));

    [Fact(DisplayName = "R-KIOSK-3: counter-only certificates have no store fee")]
    public void NoFeeForCounterOnly() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KioskFees.StoreFee(CertificateKind.IdentityCertificate, Now));

    [Fact(DisplayName = "R-KIOSK-13: four chains issue certificates: Seven-Eleven, Lawson, FamilyMart, Ministop")]
    public void Chains() =>
        Assert.Equal(
            [KioskChain.SevenEleven, KioskChain.Lawson, KioskChain.FamilyMart, KioskChain.Ministop],
            Enum.GetValues<KioskChain>());
}
