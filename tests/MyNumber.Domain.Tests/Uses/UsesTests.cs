using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Uses;
using static MyNumber.Domain.Tests.Lifecycle.Cards;

namespace MyNumber.Domain.Tests.Uses;

public sealed class UsesTests
{
    private static readonly DateOnly Today = new(2025, 2, 3);

    [Fact(DisplayName = "R-INS-1: paper insurance cards stopped on 2024-12-02")]
    public void PaperCards()
    {
        Assert.True(HealthInsurance.PaperCardIssued(D(2024, 12, 1)));
        Assert.False(HealthInsurance.PaperCardIssued(D(2024, 12, 2)));
    }

    [Fact(DisplayName = "R-INS-1: the card works as an insurance card only after registration")]
    public void NeedsRegistration()
    {
        var card = Active();
        Assert.True(HealthInsurance.Register(card, InsuranceRegistrationChannel.SevenBankAtm, Today).IsAccepted);
        Assert.Equal(UseReasons.NotRegisteredForInsurance,
            HealthInsurance.ConfirmAtClinic(card, false, ClinicIdentification.FaceMatch, true, true, Today).Reason);
        Assert.True(HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.FaceMatch, true, true, Today).IsAccepted);
    }

    [Fact(DisplayName = "R-INS-2: a face-authentication card works at the clinic by face match, not by PIN")]
    public void FaceAuthAtClinic()
    {
        var card = Active(pins: PinSet.FaceAuthentication());
        Assert.True(HealthInsurance.Register(card, InsuranceRegistrationChannel.ClinicTerminal, Today).IsAccepted);
        Assert.Equal(UseReasons.NeedsPinCard, HealthInsurance.Register(card, InsuranceRegistrationChannel.MynaPortal, Today).Reason);
        Assert.True(HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.FaceMatch, true, true, Today).IsAccepted);
        Assert.True(HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.VisualCheck, true, true, Today).IsAccepted);
        Assert.Equal(UseReasons.NeedsPinCard, HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.Pin, true, true, Today).Reason);
    }

    [Fact(DisplayName = "R-INS-2: a failed face match, an unnotified insurer or a suspended card is refused")]
    public void ClinicRefusals()
    {
        var card = Active();
        Assert.Equal(UseReasons.IdentificationFailed, HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.FaceMatch, false, true, Today).Reason);
        Assert.Equal(UseReasons.InsurerNotNotified, HealthInsurance.ConfirmAtClinic(card, true, ClinicIdentification.Pin, true, false, Today).Reason);
        var suspended = Must(card.Do(new CardEvent.ReportLost(), Today));
        Assert.Equal(CardReasons.Suspended, HealthInsurance.ConfirmAtClinic(suspended, true, ClinicIdentification.FaceMatch, true, true, Today).Reason);
    }

    [Fact(DisplayName = "R-PORTAL-1: Myna Portal needs the user certificate and its PIN; wrong PINs count")]
    public void Portal()
    {
        var card = Active();
        Assert.True(MynaPortal.LogIn(card, "1234", Today).IsAccepted);
        var wrong = MynaPortal.LogIn(card, "9999", Today);
        Assert.Equal(PinReasons.Wrong, wrong.Outcome.Reason);
        Assert.Equal(1, wrong.State.Pins!.UserAuthentication.ConsecutiveFailures);
        Assert.Equal(UseReasons.NeedsPinCard, MynaPortal.LogIn(Active(pins: PinSet.FaceAuthentication()), "1234", Today).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PORTAL-1: e-Tax also needs the signing certificate and the card-info-input PIN")]
    public void ETax()
    {
        var card = Active();
        Assert.True(MynaPortal.FileETax(card, "1234", "ABC123", "5678", Today).IsAccepted);
        Assert.Equal(PinReasons.Wrong, MynaPortal.FileETax(card, "1234", "ABC123", "0000", Today).Outcome.Reason);
        var moved = Must(card.Do(new CardEvent.MoveWithinCity(), Today));
        Assert.Equal(CardReasons.CertificateNotValid, MynaPortal.FileETax(moved, "1234", "ABC123", "5678", Today).Outcome.Reason);
    }

    private static PassportRenewalRequest Request(DateOnly? birth = null, DateOnly? expires = null, int spreads = 10,
        bool changed = false, bool proxy = false, bool card = true) =>
        new(birth ?? Birth, expires ?? D(2025, 12, 1), spreads, changed, proxy, card);

    [Fact(DisplayName = "R-PASS-1: online renewal with under a year left, the signing PIN and card payment")]
    public void Passport()
    {
        Assert.True(PassportOnlineRenewal.Apply(Active(), "ABC123", Request(), Today).IsAccepted);
        Assert.Equal(PinReasons.Wrong, PassportOnlineRenewal.Apply(Active(), "WRONG1", Request(), Today).Outcome.Reason);
        Assert.Equal(UseReasons.PassportNotYetOnline, PassportOnlineRenewal.Eligible(Request(), D(2023, 3, 26)).Reason);
        Assert.Equal(UseReasons.PassportNotDue, PassportOnlineRenewal.Eligible(Request(expires: D(2026, 2, 3)), Today).Reason);
        Assert.True(PassportOnlineRenewal.Eligible(Request(expires: D(2030, 1, 1), spreads: 3), Today).IsAccepted);
        Assert.Equal(UseReasons.PassportFactsChanged, PassportOnlineRenewal.Eligible(Request(changed: true), Today).Reason);
        Assert.Equal(UseReasons.PassportCardPaymentOnly, PassportOnlineRenewal.Eligible(Request(card: false), Today).Reason);
    }

    [Fact(DisplayName = "R-PASS-1: an under-15 renews only through the legal representative")]
    public void PassportChild()
    {
        var child = D(2015, 1, 1);
        Assert.Equal(UseReasons.PassportNeedsProxy, PassportOnlineRenewal.Eligible(Request(birth: child), Today).Reason);
        Assert.True(PassportOnlineRenewal.Apply(Active(), "ABC123", Request(birth: child, proxy: true), Today).IsAccepted);
    }

    [Fact(DisplayName = "R-SMART-1: the smartphone certificate replaces the PIN with biometrics; only the holder stops it")]
    public void Smartphone()
    {
        var issued = SmartphoneCertificate.Issue(Active(), SmartphonePlatform.Android, Today);
        Assert.True(issued.IsAccepted);
        var phone = issued.State!;
        Assert.True(phone.Use(biometricsMatched: true).IsAccepted);
        Assert.Equal(UseReasons.BiometricsFailed, phone.Use(false).Reason);
        Assert.Equal(UseReasons.OnlyHolderCanStop, phone.Stop(byHolder: false, revoke: true).Outcome.Reason);
        var stopped = phone.Stop(byHolder: true, revoke: false).State;
        Assert.Equal(UseReasons.SmartphoneNotActive, stopped.Use(true).Reason);
    }

    [Fact(DisplayName = "R-SMART-1: no smartphone certificate from a face-authentication card or an unsupported platform")]
    public void SmartphoneRefusals()
    {
        Assert.Equal(UseReasons.NeedsPinCard, SmartphoneCertificate.Issue(Active(pins: PinSet.FaceAuthentication()), SmartphonePlatform.Android, Today).Outcome.Reason);
        Assert.Equal(UseReasons.SmartphonePlatformUnsupported, SmartphoneCertificate.Issue(Active(), SmartphonePlatform.IPhone, Today).Outcome.Reason);
        Assert.True(SmartphoneCertificate.Issue(Active(), SmartphonePlatform.IPhone, D(2025, 6, 24)).IsAccepted);
    }

    [Fact(DisplayName = "R-PIN-6: a face-authentication card is photo ID but cannot do e-Tax or Myna Portal")]
    public void FaceAuthLimits()
    {
        var card = Active(pins: PinSet.FaceAuthentication());
        Assert.Equal(CertificateStatus.NotIssued, card.Signing.Status);
        Assert.Equal(CardReasons.CertificateNotValid, MynaPortal.FileETax(card, "1234", "ABC123", "5678", Today).Outcome.Reason);
        Assert.True(Domain.Identity.ProofOfIdentity.ProvesIdentity([new(Domain.Identity.IdentityDocument.MyNumberCard)]));
    }
}
