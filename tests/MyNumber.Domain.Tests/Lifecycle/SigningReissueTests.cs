using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Tests.Pins;
using static MyNumber.Domain.Tests.Lifecycle.Cards;

namespace MyNumber.Domain.Tests.Lifecycle;

/// <summary>A new signing certificate at the counter when the holder keeps the signing PIN already on the card.</summary>
public sealed class SigningReissueTests
{
    [Fact(DisplayName = "R-MOVE-1: after a move the signing certificate is issued anew and the kept signing PIN still works")]
    public void KeptPinAfterMove()
    {
        var moved = Must(Active().Do(new CardEvent.MoveWithinCity(), D(2025, 4, 1)));
        var reissued = Must(CardLifecycle.IssueSigningCertificate(moved, D(2025, 4, 1)));
        Assert.Equal(CertificateStatus.Valid, reissued.Signing.Status);
        Assert.Equal(D(2025, 4, 1), reissued.Signing.Issued);
        Assert.Same(moved.Pins, reissued.Pins);
    }

    [Fact(DisplayName = "R-MOVE-1: keeping the PIN, a change by proxy still waits until the next day")]
    public void KeptPinByProxy()
    {
        var moved = Must(Active().Do(new CardEvent.MoveWithinCity(ByProxy: true), D(2025, 4, 1)));
        Assert.Equal(CardReasons.ProxyNotSameDay, CardLifecycle.IssueSigningCertificate(moved, D(2025, 4, 1)).Outcome.Reason);
        Assert.True(CardLifecycle.IssueSigningCertificate(moved, D(2025, 4, 2)).IsAccepted);
    }

    [Fact(DisplayName = "R-MOVE-2: a valid signing certificate is not issued twice; a card without a signing PIN gets none")]
    public void RefusedWithoutReason()
    {
        Assert.Equal(CardReasons.IllegalEvent, CardLifecycle.IssueSigningCertificate(Active(), D(2025, 4, 1)).Outcome.Reason);
        var noSigning = PinSet.Choose("", "1234", "1234", "1234", PinFixtures.Salt).State;
        var moved = Must(Active(pins: noSigning).Do(new CardEvent.MoveWithinCity(), D(2025, 4, 1)));
        Assert.Equal(PinReasons.NotSet, CardLifecycle.IssueSigningCertificate(moved, D(2025, 4, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-6: a face-authentication card gets no signing certificate even keeping its (absent) PIN")]
    public void FaceAuthenticationCard()
    {
        var card = Active(pins: PinSet.FaceAuthentication());
        Assert.Equal(CardReasons.FaceAuthenticationCard, CardLifecycle.IssueSigningCertificate(card, D(2025, 4, 1)).Outcome.Reason);
    }
}
