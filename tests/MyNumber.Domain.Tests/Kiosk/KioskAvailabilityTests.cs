using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Kiosk;

public class KioskAvailabilityTests
{
    [Theory(DisplayName = "R-KIOSK-9: after a handover, store issuance starts at 06:30 on the day after (business day) or the day after the next business day")]
    [InlineData("2025-06-02", "2025-06-03")] // Monday → Tuesday
    [InlineData("2025-06-06", "2025-06-07")] // Friday → Saturday: the day after, even a weekend
    [InlineData("2025-06-07", "2025-06-10")] // Saturday → next business day Mon 9th → Tue 10th
    [InlineData("2025-06-08", "2025-06-10")] // Sunday
    [InlineData("2025-11-22", "2025-11-26")] // Saturday before the substitute Monday → Tue 25th → Wed 26th
    [InlineData("2025-11-24", "2025-11-26")] // Substitute Holiday itself
    [InlineData("2026-09-19", "2026-09-25")] // Silver Week 2026: Sat → next business day Thu 24th → Fri 25th
    public void AvailableFrom(string handover, string firstDay) =>
        Assert.Equal(DateOnly.Parse(firstDay).ToDateTime(new TimeOnly(6, 30)), KioskAvailability.AvailableFrom(DateOnly.Parse(handover)));

    [Fact(DisplayName = "R-KIOSK-9: a resident-record copy the evening of the handover is refused, the next morning accepted")]
    public void ThroughStoreIssuance()
    {
        var facts = new HolderRecordFacts { LastHandoverOrTransferIn = new DateOnly(2025, 6, 2), SealRegistered = true };
        var request = new StoreIssuanceRequest(CertificateKind.ResidentRecordCopy);
        Assert.Equal(KioskReasons.NotYetAvailable, StoreIssuance.Check(request, facts, new DateTime(2025, 6, 2, 20, 0, 0)).Reason);
        Assert.Equal(KioskReasons.OutsideHours, StoreIssuance.Check(request, facts, new DateTime(2025, 6, 3, 6, 29, 0)).Reason);
        Assert.True(StoreIssuance.Check(request, facts, new DateTime(2025, 6, 3, 6, 30, 0)).IsAccepted);
        Assert.Equal(KioskReasons.NotYetAvailable,
            StoreIssuance.Check(request with { Kind = CertificateKind.SealRegistrationCertificate }, facts, new DateTime(2025, 6, 2, 20, 0, 0)).Reason);
    }

    [Fact(DisplayName = "R-KIOSK-9: the wait applies to resident-record copies and seal certificates only")]
    public void OnlyThoseTwo()
    {
        Assert.True(KioskAvailability.AppliesTo(CertificateKind.ResidentRecordCopy));
        Assert.True(KioskAvailability.AppliesTo(CertificateKind.SealRegistrationCertificate));
        Assert.False(KioskAvailability.AppliesTo(CertificateKind.TaxAssessmentCertificate));
        Assert.False(KioskAvailability.AppliesTo(CertificateKind.FamilyRegisterCertificate));
    }
}
