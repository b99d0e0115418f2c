using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Tests.Pins;
using static MyNumber.Domain.Tests.Lifecycle.Cards;

namespace MyNumber.Domain.Tests.Lifecycle;

public sealed class CardLifecycleTests
{
    [Fact(DisplayName = "R-VAL-1: handover starts the card and both certificates on the handover day")]
    public void HandOverDates()
    {
        var card = Active();
        Assert.Equal(CardState.Active, card.State);
        Assert.Equal(D(2033, 5, 30), card.Expires);
        Assert.Equal(D(2028, 5, 30), card.Signing.Expires);
        Assert.Equal(D(2028, 5, 30), card.UserAuthentication.Expires);
    }

    [Fact(DisplayName = "R-VAL-4: a 12-year-old's card has no signing certificate, and a signing PIN is refused")]
    public void ChildHandOver()
    {
        var child = CardHolder.National(D(2012, 1, 1));
        var card = Active(child, PinSet.Choose("", "1234", "1234", "1234", PinFixtures.Salt).State);
        Assert.Equal(CertificateStatus.NotIssued, card.Signing.Status);
        Assert.Equal(CertificateStatus.Valid, card.UserAuthentication.Status);
        var ready = Card.Apply(child, D(2024, 1, 1)).Do(new CardEvent.MarkReady(), D(2024, 1, 20)).State;
        Assert.Equal(CardReasons.SigningUnder15, ready.Do(new CardEvent.HandOver(PinFixtures.Standard()), D(2024, 2, 1)).Outcome.Reason);
        Assert.Equal(CardReasons.SigningUnder15, CardLifecycle.IssueSigningCertificate(card, "ABC123", PinFixtures.Salt, D(2025, 1, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-VAL-1: an event out of order is refused with a reason, never thrown")]
    public void IllegalEvents()
    {
        var applied = Card.Apply(CardHolder.National(Birth), D(2024, 1, 1));
        Assert.Equal(CardReasons.NotIssuedYet, applied.Do(new CardEvent.HandOver(PinFixtures.Standard()), D(2024, 1, 2)).Outcome.Reason);
        Assert.Equal(CardReasons.NotIssuedYet, applied.Do(new CardEvent.ReportLost(), D(2024, 1, 2)).Outcome.Reason);
        Assert.Equal(CardReasons.IllegalEvent, Active().Do(new CardEvent.MarkReady(), D(2024, 3, 1)).Outcome.Reason);
        Assert.Equal(CardReasons.IllegalEvent, Active().Do(new CardEvent.ResumeAtCounter(true), D(2024, 3, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-VAL-1: the card expires the day after its expiry date, by itself")]
    public void Expiry()
    {
        var card = Active();
        Assert.True(CardLifecycle.CanUseCertificate(card, CertificateKind.UserAuthentication, D(2028, 5, 30)).IsAccepted);
        Assert.Equal(CardReasons.CertificateNotValid, CardLifecycle.CanUseCertificate(card, CertificateKind.UserAuthentication, D(2028, 5, 31)).Reason);
        Assert.Equal(CardState.Active, CardLifecycle.Settle(card, D(2033, 5, 30)).State);
        Assert.Equal(CardState.Expired, CardLifecycle.Settle(card, D(2033, 5, 31)).State);
        Assert.Equal(CardReasons.IllegalEvent, card.Do(new CardEvent.Expire(), D(2033, 5, 30)).Outcome.Reason);
        Assert.True(card.Do(new CardEvent.Expire(), D(2033, 6, 1)).IsAccepted);
        Assert.Equal(CardReasons.Expired, card.Do(new CardEvent.ReportLost(), D(2033, 6, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-CERT-1: a change of name revokes the signing certificate, not the user certificate")]
    public void NameChange()
    {
        var card = Must(Active().Do(new CardEvent.ChangeBasicFact(BasicFact.Name), D(2025, 1, 10)));
        Assert.Equal(CertificateStatus.Revoked, card.Signing.Status);
        Assert.Equal(RevocationReason.BasicFactsChanged, card.Signing.RevocationReason);
        Assert.Equal(CertificateStatus.Valid, card.UserAuthentication.Status);
        Assert.Equal(CardReasons.CertificateNotValid, CardLifecycle.CanUseCertificate(card, CertificateKind.Signing, D(2025, 1, 10)).Reason);
    }

    [Theory(DisplayName = "R-CERT-2: a certificate revoked on request, expiry or death fails from that day")]
    [InlineData(RevocationReason.HolderRequest)]
    [InlineData(RevocationReason.Death)]
    public void Revocation(RevocationReason reason)
    {
        var revoked = Must(Active().Do(new CardEvent.RevokeCertificate(CertificateKind.UserAuthentication, reason), D(2025, 1, 10)));
        Assert.Equal(D(2025, 1, 10), revoked.UserAuthentication.RevokedOn);
        Assert.Equal(CardReasons.CertificateNotValid, CardLifecycle.CanUseCertificate(revoked, CertificateKind.UserAuthentication, D(2025, 1, 10)).Reason);
        Assert.Equal(CardReasons.CertificateNotValid,
            revoked.Do(new CardEvent.RevokeCertificate(CertificateKind.UserAuthentication, reason), D(2025, 1, 11)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-CERT-2: on the holder's death the card ends and both certificates are revoked")]
    public void Death()
    {
        var card = Must(Active().Do(new CardEvent.Death(), D(2026, 4, 1)));
        Assert.Equal(CardState.Returned, card.State);
        Assert.Equal(RevocationReason.Death, card.Signing.RevocationReason);
        Assert.Equal(RevocationReason.Death, card.UserAuthentication.RevocationReason);
        Assert.Equal(CardReasons.Returned, card.Do(new CardEvent.Death(), D(2026, 4, 2)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-CERT-2: an expired certificate is expired, not usable")]
    public void CertificateExpiry() =>
        Assert.Equal(CertificateStatus.Expired, CardLifecycle.Settle(Active(), D(2028, 6, 1)).UserAuthentication.Status);

    [Fact(DisplayName = "R-CERT-3: certificate renewal needs the holder in person with the card, and an open window")]
    public void RenewCertificates()
    {
        var card = Active();
        Assert.Equal(CardReasons.NeedsCardAtCounter, card.Do(new CardEvent.RenewCertificates(true, false), D(2028, 3, 1)).Outcome.Reason);
        Assert.Equal(CardReasons.NeedsCardAtCounter, card.Do(new CardEvent.RenewCertificates(false, true), D(2028, 3, 1)).Outcome.Reason);
        Assert.Equal(CardReasons.RenewalNotOpen, card.Do(new CardEvent.RenewCertificates(true, true), D(2028, 2, 29)).Outcome.Reason);
        var renewed = Must(card.Do(new CardEvent.RenewCertificates(true, true), D(2028, 3, 1)));
        Assert.Equal(D(2032, 5, 30), renewed.UserAuthentication.Expires);
        Assert.Equal(D(2032, 5, 30), renewed.Signing.Expires);
    }

    [Fact(DisplayName = "R-CERT-3: card renewal is applied for in person with the card from the window on")]
    public void RenewCard()
    {
        var card = Active();
        Assert.Equal(CardReasons.RenewalNotOpen, card.Do(new CardEvent.RenewCard(true, true), D(2033, 2, 28)).Outcome.Reason);
        Assert.Equal(CardReasons.NeedsCardAtCounter, card.Do(new CardEvent.RenewCard(false, true), D(2033, 3, 1)).Outcome.Reason);
        Assert.Equal(D(2033, 3, 1), Must(card.Do(new CardEvent.RenewCard(true, true), D(2033, 3, 1))).RenewalAppliedOn);
        Assert.True(card.Do(new CardEvent.RenewCard(true, true), D(2034, 1, 1)).IsAccepted);
    }
}
