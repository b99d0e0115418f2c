using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Kiosk;

public class KioskEligibilityTests
{
    private static readonly DateOnly Today = new(2025, 6, 2);

    [Fact(DisplayName = "R-KIOSK-1: a holder aged 15 with a card and its user certificate may use a kiosk")]
    public void FifteenWithCard() =>
        Assert.True(KioskEligibility.Check(new KioskCredential(new DateOnly(2010, 6, 2), KioskCredentialKind.Card, true), Today).IsAccepted);

    [Fact(DisplayName = "R-KIOSK-1: a holder one day short of 15 is refused")]
    public void UnderFifteen() =>
        Assert.Equal(KioskReasons.Under15,
            KioskEligibility.Check(new KioskCredential(new DateOnly(2010, 6, 3), KioskCredentialKind.Card, true), Today).Reason);

    [Fact(DisplayName = "R-KIOSK-1: a card without a user-authentication certificate is refused")]
    public void NoUserCertificate() =>
        Assert.Equal(KioskReasons.NoUserCertificate,
            KioskEligibility.Check(new KioskCredential(new DateOnly(1990, 1, 1), KioskCredentialKind.Card, false), Today).Reason);

    [Fact(DisplayName = "R-KIOSK-1: a face-authentication card is refused")]
    public void FaceAuthentication() =>
        Assert.Equal(KioskReasons.FaceAuthenticationCard,
            KioskEligibility.Check(new KioskCredential(new DateOnly(1990, 1, 1), KioskCredentialKind.Card, true, IsFaceAuthenticationCard: true), Today).Reason);

    [Fact(DisplayName = "R-KIOSK-1: a smartphone with a smartphone certificate may use a kiosk, one without is refused")]
    public void Smartphone()
    {
        var birth = new DateOnly(1990, 1, 1);
        Assert.True(KioskEligibility.Check(new KioskCredential(birth, KioskCredentialKind.Smartphone, true), Today).IsAccepted);
        Assert.Equal(KioskReasons.NoSmartphoneCertificate,
            KioskEligibility.Check(new KioskCredential(birth, KioskCredentialKind.Smartphone, false), Today).Reason);
    }

    [Fact(DisplayName = "R-KIOSK-1: a 29 February birthday turns 15 on 28 February in a common year (R-VAL-9)")]
    public void LeapDayBirthday()
    {
        var birth = new DateOnly(2012, 2, 29);
        var credential = new KioskCredential(birth, KioskCredentialKind.Card, true);
        Assert.False(KioskEligibility.Check(credential, new DateOnly(2027, 2, 27)).IsAccepted);
        Assert.True(KioskEligibility.Check(credential, new DateOnly(2027, 2, 28)).IsAccepted);
    }
}
