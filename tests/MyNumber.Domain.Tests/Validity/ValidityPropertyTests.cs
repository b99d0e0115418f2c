using FsCheck.Xunit;
using MyNumber.Domain.Validity;

namespace MyNumber.Domain.Tests.Validity;

/// <summary>Date rules checked over issue dates 2015–2040 and holders aged 0–99.</summary>
public sealed class ValidityPropertyTests
{
    private static readonly int First = new DateOnly(2015, 1, 1).DayNumber;
    private static readonly int Span = new DateOnly(2040, 12, 31).DayNumber - First + 1;

    private static (DateOnly Birth, DateOnly Issued, DateOnly? Stay) Case(uint issueSeed, uint ageDays, uint staySeed, bool foreign)
    {
        var issued = DateOnly.FromDayNumber(First + (int)(issueSeed % Span));
        var birth = DateOnly.FromDayNumber(issued.DayNumber - (int)(ageDays % (100 * 365)));
        DateOnly? stay = foreign ? issued.AddDays((int)(staySeed % (12 * 365))) : null;
        return (birth, issued, stay);
    }

    private static bool IsBirthday(DateOnly birth, DateOnly day) => Birthdays.InYear(birth, day.Year) == day;

    [Property(DisplayName = "R-VAL-1: every card expiry is a birthday or the end of the period of stay", MaxTest = 2000)]
    public bool CardExpiryIsBirthdayOrStayEnd(uint issueSeed, uint ageDays, uint staySeed, bool foreign)
    {
        var (birth, issued, stay) = Case(issueSeed, ageDays, staySeed, foreign);
        var expires = ValidityRules.CardExpires(birth, issued, stay);
        return expires >= issued && (IsBirthday(birth, expires) && expires > issued || expires == stay);
    }

    [Property(DisplayName = "R-VAL-3: every certificate expiry is a birthday or the end of the stay, never after the card", MaxTest = 2000)]
    public bool CertificateExpiry(uint issueSeed, uint ageDays, uint staySeed, bool foreign)
    {
        var (birth, issued, stay) = Case(issueSeed, ageDays, staySeed, foreign);
        var dates = CardDates.For(birth, issued, stay);
        var cert = dates.UserCertificateExpires;
        return (IsBirthday(birth, cert) || cert == stay) && cert <= dates.CardExpires
            && (dates.SigningCertificateExpires is null || dates.SigningCertificateExpires == cert);
    }

    [Property(DisplayName = "R-VAL-7: renewal always opens within 3 months + 1 day before expiry", MaxTest = 2000)]
    public bool RenewalWithinThreeMonths(uint issueSeed, uint ageDays, uint staySeed, bool foreign)
    {
        var (birth, issued, stay) = Case(issueSeed, ageDays, staySeed, foreign);
        var dates = CardDates.For(birth, issued, stay);
        return Opens(dates.CardExpires, dates.CardRenewalOpens) && Opens(dates.UserCertificateExpires, dates.CertificateRenewalOpens);

        static bool Opens(DateOnly expires, DateOnly opens) =>
            opens < expires && opens > expires.AddMonths(-3) && opens.AddMonths(3) >= expires
            && expires.DayNumber - opens.DayNumber is >= 88 and <= 92;
    }

    [Property(DisplayName = "R-VAL-8: a notice is dated the day before renewal opens, and never for a fixed stay", MaxTest = 1000)]
    public bool NoticeBeforeRenewal(uint issueSeed, uint ageDays, uint staySeed, bool foreign)
    {
        var (birth, issued, stay) = Case(issueSeed, ageDays, staySeed, foreign);
        var dates = CardDates.For(birth, issued, stay);
        var first = dates.UserCertificateExpires < dates.CardExpires ? dates.UserCertificateExpires : dates.CardExpires;
        return foreign ? dates.NoticeDate is null : dates.NoticeDate == ValidityRules.RenewalOpens(first).AddDays(-1);
    }
}
