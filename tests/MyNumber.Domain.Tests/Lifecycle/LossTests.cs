using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using static MyNumber.Domain.Tests.Lifecycle.Cards;

namespace MyNumber.Domain.Tests.Lifecycle;

public sealed class LossTests
{
    [Fact(DisplayName = "R-LOSS-1: a suspended card takes no PIN and no certificate use")]
    public void SuspendedStopsEverything()
    {
        var card = Must(Active().Do(new CardEvent.ReportLost(), D(2025, 1, 1)));
        Assert.Equal(CardState.Suspended, card.State);
        Assert.Equal(CardReasons.Suspended, CardLifecycle.VerifyPin(card, PinSlot.UserAuthentication, "1234", D(2025, 1, 1)).Outcome.Reason);
        Assert.Equal(CardReasons.Suspended, CardLifecycle.CanUseCertificate(card, CertificateKind.Signing, D(2025, 1, 1)).Reason);
        Assert.Equal(CardReasons.Suspended, card.Do(new CardEvent.MoveWithinCity(), D(2025, 1, 2)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-LOSS-1: suspension is accepted on any day, New Year's Day included, and for overseas cards by the overseas line")]
    public void AnyDay()
    {
        Assert.True(Active().Do(new CardEvent.ReportLost(), D(2025, 1, 1)).IsAccepted);
        var abroad = Must(Active().Do(new CardEvent.MoveOverseas(D(2025, 3, 1), true), D(2025, 2, 20)));
        var suspended = Must(abroad.Do(new CardEvent.ReportLost(OverseasLine: true), D(2025, 12, 31)));
        Assert.Equal(CardState.MovedOverseas, Must(suspended.Do(new CardEvent.ResumeAtCounter(true), D(2026, 1, 5))).State);
    }

    [Fact(DisplayName = "R-LOSS-2: a found card is reactivated at the counter with the card")]
    public void Resume()
    {
        var suspended = Must(Active().Do(new CardEvent.ReportLost(), D(2025, 1, 1)));
        Assert.Equal(CardReasons.NeedsCardAtCounter, suspended.Do(new CardEvent.ResumeAtCounter(false), D(2025, 1, 6)).Outcome.Reason);
        var resumed = Must(suspended.Do(new CardEvent.ResumeAtCounter(true), D(2025, 1, 6)));
        Assert.Equal(CardState.Active, resumed.State);
        Assert.True(CardLifecycle.VerifyPin(resumed, PinSlot.UserAuthentication, "1234", D(2025, 1, 6)).IsAccepted);
    }

    [Theory(DisplayName = "R-LOSS-3: reissue costs ¥1,000, ¥800 without certificates, nothing when not the holder's fault")]
    [InlineData(ReissueReason.HolderAtFault, true, 1000)]
    [InlineData(ReissueReason.HolderAtFault, false, 800)]
    [InlineData(ReissueReason.NotHolderAtFault, true, 0)]
    [InlineData(ReissueReason.Renewal, true, 0)]
    public void Fee(ReissueReason reason, bool withCertificates, int yen) => Assert.Equal(yen, ReissueFee.For(reason, withCertificates));

    [Fact(DisplayName = "R-LOSS-3: the old card is invalid once the new one is issued")]
    public void OldCardInvalid()
    {
        var lost = Must(Active().Do(new CardEvent.ReportLost(), D(2025, 1, 1)));
        var old = Must(lost.Do(new CardEvent.Reissue(ReissueReason.HolderAtFault), D(2025, 2, 1)));
        Assert.Equal(CardState.Superseded, old.State);
        Assert.Equal(CertificateStatus.Revoked, old.UserAuthentication.Status);
        Assert.Equal(CardReasons.Superseded, old.Do(new CardEvent.ResumeAtCounter(true), D(2025, 2, 2)).Outcome.Reason);
        Assert.Equal(CardReasons.Superseded, CardLifecycle.VerifyPin(old, PinSlot.UserAuthentication, "1234", D(2025, 2, 2)).Outcome.Reason);
    }
}
