using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Kiosk;

public class KioskHoursTests
{
    private static DateTime At(string dateTime) => DateTime.Parse(dateTime, System.Globalization.CultureInfo.InvariantCulture);

    [Theory(DisplayName = "R-KIOSK-2: kiosks issue 06:30 to 23:00 every day, weekends and holidays included")]
    [InlineData("2025-06-02 06:29:59", false)]
    [InlineData("2025-06-02 06:30:00", true)]
    [InlineData("2025-06-07 12:00:00", true)]  // Saturday
    [InlineData("2025-11-24 12:00:00", true)]  // Substitute Holiday
    [InlineData("2025-06-02 22:59:59", true)]
    [InlineData("2025-06-02 23:00:00", false)]
    public void DailyHours(string at, bool open)
    {
        var outcome = KioskHours.CheckOpen(At(at));
        Assert.Equal(open, outcome.IsAccepted);
        if (!open) Assert.Equal(KioskReasons.OutsideHours, outcome.Reason);
    }

    [Theory(DisplayName = "R-KIOSK-2: kiosks are closed 29 December to 3 January")]
    [InlineData("2025-12-28", true)]
    [InlineData("2025-12-29", false)]
    [InlineData("2026-01-01", false)]
    [InlineData("2026-01-03", false)]
    [InlineData("2026-01-04", true)]
    public void YearEnd(string date, bool open)
    {
        Assert.Equal(open, KioskHours.IsOpenOn(DateOnly.Parse(date)));
        var outcome = KioskHours.CheckOpen(DateOnly.Parse(date).ToDateTime(new TimeOnly(12, 0)));
        Assert.Equal(open ? null : KioskReasons.YearEndClosure, outcome.Reason);
    }

    [Theory(DisplayName = "R-KIOSK-2: family-register certificates only 08:30–17:00 on business days")]
    [InlineData("2025-06-02 08:29:00", false)]
    [InlineData("2025-06-02 08:30:00", true)]
    [InlineData("2025-06-02 16:59:59", true)]
    [InlineData("2025-06-02 17:00:00", false)]
    [InlineData("2025-06-07 10:00:00", false)] // Saturday
    [InlineData("2025-11-24 10:00:00", false)] // Substitute Holiday on a Monday
    [InlineData("2026-09-22 10:00:00", false)] // Citizens' Holiday on a Tuesday
    public void FamilyRegisterHours(string at, bool open)
    {
        foreach (var kind in new[] { CertificateKind.FamilyRegisterCertificate, CertificateKind.FamilyRegisterAnnexCopy })
        {
            var outcome = KioskHours.CheckFor(kind, At(at));
            Assert.Equal(open ? null : KioskReasons.FamilyRegisterOutsideHours, outcome.Reason);
        }
    }

    [Fact(DisplayName = "R-KIOSK-2: other certificates keep the full hours on the days family registers are closed")]
    public void OtherCertificatesOnHoliday() =>
        Assert.True(KioskHours.CheckFor(CertificateKind.ResidentRecordCopy, At("2025-11-24 20:00:00")).IsAccepted);
}
