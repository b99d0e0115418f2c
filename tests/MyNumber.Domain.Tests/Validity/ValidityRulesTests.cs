using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Tests.Validity;

public sealed class ValidityRulesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact(DisplayName = "R-VAL-1: an adult's card expires on the 10th birthday after issue")]
    public void Adult() => Assert.Equal(D(2025, 5, 30), ValidityRules.CardExpires(D(1990, 5, 30), D(2016, 3, 1)));

    [Fact(DisplayName = "R-VAL-1: a 17-year-old's card (issued 2023) expires on the 5th birthday")]
    public void Minor() => Assert.Equal(D(2028, 6, 1), ValidityRules.CardExpires(D(2006, 6, 1), D(2023, 7, 1)));

    [Fact(DisplayName = "R-VAL-1: a card issued on the birthday counts birthdays strictly after it (R-VAL-9)")]
    public void IssuedOnBirthday() => Assert.Equal(D(2035, 5, 30), ValidityRules.CardExpires(D(1990, 5, 30), D(2025, 5, 30)));

    [Fact(DisplayName = "R-VAL-2: a 19-year-old's card issued before 2022-04-01 runs 5 birthdays, after it 10")]
    public void ThresholdChange()
    {
        var birth = D(2002, 6, 10);
        Assert.Equal(D(2026, 6, 10), ValidityRules.CardExpires(birth, D(2022, 3, 31)));
        Assert.Equal(D(2031, 6, 10), ValidityRules.CardExpires(birth, D(2022, 4, 1)));
        Assert.Equal(20, ValidityRules.AdultAge(D(2022, 3, 31)));
        Assert.Equal(18, ValidityRules.AdultAge(D(2022, 4, 1)));
    }

    [Fact(DisplayName = "R-VAL-3: certificates expire on the 5th birthday after their own issue")]
    public void Certificates()
    {
        Assert.Equal(D(2020, 5, 30), ValidityRules.CertificateExpires(D(1990, 5, 30), D(2016, 3, 1)));
        Assert.Equal(D(2025, 5, 30), ValidityRules.CertificateExpires(D(1990, 5, 30), D(2021, 4, 1)));
    }

    [Fact(DisplayName = "R-VAL-4: no signing certificate under 15, one from the 15th birthday")]
    public void UnderFifteen()
    {
        var birth = D(2010, 8, 20);
        Assert.False(ValidityRules.GetsSigningCertificate(birth, D(2025, 8, 19)));
        Assert.True(ValidityRules.GetsSigningCertificate(birth, D(2025, 8, 20)));
        Assert.Null(CardDates.For(birth, D(2024, 1, 5)).SigningCertificateExpires);
    }

    [Fact(DisplayName = "R-VAL-5: a foreign resident's card and certificates end with the period of stay")]
    public void PeriodOfStay()
    {
        var dates = CardDates.For(D(1990, 5, 30), D(2024, 3, 1), D(2027, 1, 31));
        Assert.Equal(D(2027, 1, 31), dates.CardExpires);
        Assert.Equal(D(2027, 1, 31), dates.UserCertificateExpires);
        Assert.Equal(D(2027, 1, 31), dates.SigningCertificateExpires);
    }

    [Fact(DisplayName = "R-VAL-5: a long period of stay never carries the card past the 10th birthday")]
    public void StayCappedByBirthday() =>
        Assert.Equal(D(2033, 5, 30), ValidityRules.CardExpires(D(1990, 5, 30), D(2024, 3, 1), D(2040, 1, 1)));

    [Fact(DisplayName = "R-VAL-5: updating the card after a stay extension works only before the card expires")]
    public void StayExtensionUpdate()
    {
        var birth = D(1990, 5, 30);
        var ok = ForeignResidentValidity.UpdateAfterStayExtension(birth, D(2024, 3, 1), D(2027, 1, 31), D(2030, 1, 31), D(2027, 1, 20));
        Assert.True(ok.IsAccepted);
        Assert.Equal(D(2030, 1, 31), ok.State);
        var late = ForeignResidentValidity.UpdateAfterStayExtension(birth, D(2024, 3, 1), D(2027, 1, 31), D(2030, 1, 31), D(2027, 2, 1));
        Assert.Equal(ValidityReasons.CardLapsed, late.Outcome.Reason);
    }

    [Fact(DisplayName = "R-VAL-6: renewal of stay applied in time extends the card by at most 2 months")]
    public void SpecialExtension()
    {
        Assert.Equal(D(2027, 3, 31), ForeignResidentValidity.SpecialExtensionEnds(D(2027, 1, 31), D(2027, 1, 10)));
        Assert.Equal(D(2027, 2, 15), ForeignResidentValidity.SpecialExtensionEnds(D(2027, 1, 31), D(2027, 1, 10), D(2027, 2, 15)));
        Assert.Null(ForeignResidentValidity.SpecialExtensionEnds(D(2027, 1, 31), D(2027, 2, 1)));
    }

    [Theory(DisplayName = "R-VAL-7: renewal opens the day after the date three months before expiry")]
    [InlineData("2025-04-01", "2025-01-02")]
    [InlineData("2025-05-30", "2025-03-01")]
    [InlineData("2025-05-31", "2025-03-01")]
    [InlineData("2025-12-31", "2025-10-01")]
    [InlineData("2024-05-28", "2024-02-29")]
    [InlineData("2024-05-30", "2024-03-01")]
    public void RenewalWindow(string expires, string opens) =>
        Assert.Equal(DateOnly.Parse(opens), ValidityRules.RenewalOpens(DateOnly.Parse(expires)));

    [Fact(DisplayName = "R-VAL-8: the notice goes out three months before the first expiry, none for a fixed stay")]
    public void Notice()
    {
        Assert.Equal(D(2020, 2, 29), CardDates.For(D(1990, 5, 30), D(2016, 3, 1)).NoticeDate);
        Assert.Null(CardDates.For(D(1990, 5, 30), D(2016, 3, 1), D(2027, 1, 31)).NoticeDate);
    }

    [Fact(DisplayName = "R-VAL-9: a 29 February birthday expires on 28 February in a common year")]
    public void LeapBirthday() => Assert.Equal(D(2026, 2, 28), ValidityRules.CardExpires(D(1992, 2, 29), D(2016, 3, 1)));

    [Fact(DisplayName = "R-VAL-1: the dates of the README example")]
    public void ReadmeExample()
    {
        var dates = CardDates.For(D(1990, 5, 30), D(2016, 3, 1));
        Assert.Equal(new CardDates(D(2025, 5, 30), D(2020, 5, 30), D(2020, 5, 30), D(2025, 3, 1), D(2020, 3, 1), D(2020, 2, 29)), dates);
    }

    [Fact(DisplayName = "R-VAL-1: an issue date before birth is malformed input")]
    public void IssueBeforeBirth() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CardDates.For(D(1990, 5, 30), D(1990, 5, 29)));
}
