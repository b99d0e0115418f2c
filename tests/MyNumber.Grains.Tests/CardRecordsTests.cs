using System.Text.Json;
using MyNumber.Contracts.Cards;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Grains.Cards;
using CardState = MyNumber.Grains.Cards.CardState;
using DomainState = MyNumber.Domain.Lifecycle.CardState;
using PinSlot = MyNumber.Domain.Pins.PinSlot;

namespace MyNumber.Grains.Tests;

/// <summary>The stored card is a faithful projection of the Domain card, through JSON storage too.</summary>
public sealed class CardRecordsTests
{
    private static readonly HolderFacts Holder = new("Round Trip", "1-1-1", new DateOnly(1988, 3, 3), true, true, null);
    private static readonly byte[] Salt = Enumerable.Range(0, PinHash.SaltLength).Select(i => (byte)i).ToArray();

    [Fact(DisplayName = "R-MOVE-3, R-LOSS-1: a moved-out, suspended card with a revoked signing certificate round-trips to the Domain")]
    public void RoundTripsThroughTheDomain()
    {
        var (card, stored) = Busy();
        var back = CardRecords.ToDomain(stored);
        Assert.Equal(card with { Pins = null }, back with { Pins = null });
        Assert.True(CardRecords.From(back, stored).SameAs(stored));
        Assert.Equal(DomainState.Suspended, back.State);
        Assert.Equal(CertificateStatus.Revoked, back.Signing.Status);
        Assert.Equal(1, back.Pins![PinSlot.UserAuthentication].ConsecutiveFailures);
        Assert.True(back.Pins.Verify(PinSlot.UserAuthentication, "2222").IsAccepted);
    }

    [Fact(DisplayName = "R-CERT-1: a new signing certificate gets the next sequence; a revoked one keeps its own")]
    public void SequencesFollowIssues()
    {
        var (card, stored) = Busy();
        Assert.Equal((1, 2), (stored.UserSequence, stored.SigningSequence));
        var resumed = CardLifecycle.Apply(card, new CardEvent.ResumeAtCounter(true), new DateOnly(2025, 1, 11)).State;
        var reissued = CardLifecycle.IssueSigningCertificate(resumed, new DateOnly(2025, 1, 11));
        Assert.True(reissued.IsAccepted, reissued.Outcome.ToString());
        var next = CardRecords.From(reissued.State, stored);
        Assert.Equal((1, 3, 3), (next.UserSequence, next.SigningSequence, next.LastSequence));
        Assert.False(next.SigningRevoked);
    }

    [Fact(DisplayName = "R-PIN-2: a right PIN that changes nothing projects back to the very same stored card")]
    public void UnchangedCardIsKept()
    {
        var (_, stored) = Busy();
        var resumed = CardLifecycle.Apply(CardRecords.ToDomain(stored), new CardEvent.ResumeAtCounter(true), new DateOnly(2025, 1, 11)).State;
        var active = CardRecords.From(resumed, stored);
        var verified = CardLifecycle.VerifyPin(CardRecords.ToDomain(active), PinSlot.Signing, "SIGN1234", new DateOnly(2025, 1, 12));
        Assert.True(verified.IsAccepted, verified.Outcome.ToString());
        Assert.Same(active, CardRecords.From(verified.State, active));
    }

    [Fact(DisplayName = "R-PIN-2: a wrong PIN moves only its slot's counter and keeps the stored hashes")]
    public void WrongPinMovesOnlyTheCounter()
    {
        var (_, stored) = Busy();
        var resumed = CardRecords.From(
            CardLifecycle.Apply(CardRecords.ToDomain(stored), new CardEvent.ResumeAtCounter(true), new DateOnly(2025, 1, 11)).State, stored);
        var wrong = CardLifecycle.VerifyPin(CardRecords.ToDomain(resumed), PinSlot.Signing, "WRONG999", new DateOnly(2025, 1, 12));
        Assert.False(wrong.IsAccepted);
        var next = CardRecords.From(wrong.State, resumed);
        Assert.NotSame(resumed, next);
        Assert.False(next.SameAs(resumed));
        Assert.Equal([1, 1, 0, 0], next.Pins!.Failures.Select(f => (int)f));
        Assert.Same(resumed.Pins!.Digests, next.Pins.Digests);
        Assert.Same(resumed.SigningCertificate, next.SigningCertificate);
        Assert.Equal(next with { Pins = null }, resumed with { Pins = null });
        var back = CardRecords.ToDomain(next);
        Assert.Equal(1, back.Pins![PinSlot.Signing].ConsecutiveFailures);
        Assert.True(back.Pins.Verify(PinSlot.Signing, "SIGN1234").IsAccepted);
    }

    [Fact(DisplayName = "Storage: the stored card survives the System.Text.Json storage serializer unchanged")]
    public void SurvivesJson()
    {
        var (_, stored) = Busy();
        var json = JsonSerializer.Serialize(stored);
        var back = JsonSerializer.Deserialize<CardState>(json)!;
        Assert.True(back.SameAs(stored), json);
        Assert.DoesNotContain("SigningSequence", json, StringComparison.Ordinal);
    }

    private static (Card Card, CardState Stored) Busy()
    {
        var pins = PinSet.Choose("SIGN1234", "2222", "2222", "2222", Salt).State;
        var card = Card.Apply(CardRecords.HolderOf(Holder), new DateOnly(2024, 12, 1));
        var stored = CardRecords.From(card, CardState.None with { Holder = Holder });
        card = Step(card, new CardEvent.MarkReady(), 12, 20);
        card = Step(card, new CardEvent.HandOver(pins), 12, 24);
        card = CardLifecycle.VerifyPin(card, PinSlot.UserAuthentication, "0000", new DateOnly(2025, 1, 6)).State;
        stored = CardRecords.From(card, stored);
        card = Step(card, new CardEvent.MoveOut(new DateOnly(2025, 1, 20)), 1, 8);
        card = Step(card, new CardEvent.ReportLost(), 1, 10);
        return (card, CardRecords.From(card, stored));
    }

    private static Card Step(Card card, CardEvent e, int month, int day)
    {
        var on = new DateOnly(month == 12 ? 2024 : 2025, month, day);
        var result = CardLifecycle.Apply(card, e, on);
        Assert.True(result.IsAccepted, result.Outcome.ToString());
        return result.State;
    }
}
