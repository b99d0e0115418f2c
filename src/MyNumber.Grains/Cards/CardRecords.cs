using MyNumber.Contracts.Cards;
using MyNumber.Domain.Lifecycle;
using DomainState = MyNumber.Domain.Lifecycle.CardState;

namespace MyNumber.Grains.Cards;

/// <summary>
/// The stored card and the Domain's <see cref="Card"/>, converted both ways without loss: every decision is
/// made on the Domain record and its result projected back. A certificate that the Domain issued anew (valid
/// now, and not the same issue as before) gets the card's next sequence, which names its serial.
/// </summary>
public static class CardRecords
{
    public static CardHolder HolderOf(HolderFacts facts) => new(facts.BirthDate, facts.Japanese, facts.StayEnds);

    /// <summary>The Domain card of a stored card that was applied for (not <see cref="CardState.None"/>).</summary>
    public static Card ToDomain(CardState s)
    {
        if (s.Status == CardStatus.None || s.Holder is not { } holder || s.AppliedOn is not { } applied)
            throw new InvalidOperationException("a card that was never applied for has no Domain record");
        var c = s.Changes ?? StoredCardChanges.None;
        return new Card
        {
            Holder = HolderOf(holder),
            State = ToDomain(s.Status),
            AppliedOn = applied,
            IssuedOn = s.IssuedOn,
            Expires = s.ExpiresOn,
            Signing = StoredCertificate.ToDomain(s.SigningCertificate),
            UserAuthentication = StoredCertificate.ToDomain(s.UserCertificate),
            Pins = s.Pins?.ToDomain(),
            SuspendedFrom = c.SuspendedFrom is { } from ? ToDomain(from) : null,
            PendingTransfer = c.PlannedMoveOut is { } planned
                ? new PendingTransfer(planned, c.TransferFiledOn ?? planned, c.TransferViaOneStop)
                : null,
            SigningReissueNotBefore = c.SigningReissueNotBefore,
            OverseasMoveOut = c.OverseasMoveOut,
            OldSurnamePrinted = c.OldSurnamePrinted,
            SurfaceUpdatedOn = c.SurfaceUpdatedOn,
            RenewalAppliedOn = c.RenewalAppliedOn,
        };
    }

    /// <summary>
    /// <paramref name="card"/> as stored, carrying over from <paramref name="previous"/> what the Domain does
    /// not hold (facts other than birth, nationality and stay; the face-authentication choice; sequences).
    /// Parts the Domain left as they were are <paramref name="previous"/>'s own objects, and an unchanged card
    /// is <paramref name="previous"/> itself: the PIN path then allocates nothing here and a kept card's
    /// objects are not copied into new ones that the grain would hold instead.
    /// </summary>
    public static CardState From(Card card, CardState previous)
    {
        var last = previous.LastSequence;
        var user = Certificate(card.UserAuthentication, previous.UserCertificate, ref last);
        var signing = Certificate(card.Signing, previous.SigningCertificate, ref last);
        var changes = Changes(card, previous.Changes);
        var before = previous.Holder ?? throw new InvalidOperationException("the stored card has no holder facts");
        var holder = before.BirthDate == card.Holder.Birth && before.Japanese == card.Holder.JapaneseNational
            && before.StayEnds == card.Holder.StayUntil
                ? before
                : before with { BirthDate = card.Holder.Birth, Japanese = card.Holder.JapaneseNational, StayEnds = card.Holder.StayUntil };
        var pins = card.Pins is null ? null : StoredPins.From(card.Pins, previous.Pins);
        var status = ToContract(card.State);
        var unchanged = status == previous.Status && ReferenceEquals(holder, before) && card.AppliedOn == previous.AppliedOn
            && card.IssuedOn == previous.IssuedOn && card.Expires == previous.ExpiresOn && ReferenceEquals(pins, previous.Pins)
            && last == previous.LastSequence && ReferenceEquals(user, previous.UserCertificate)
            && ReferenceEquals(signing, previous.SigningCertificate) && ReferenceEquals(changes, previous.Changes);
        return unchanged ? previous : previous with
        {
            Status = status,
            Holder = holder,
            AppliedOn = card.AppliedOn,
            IssuedOn = card.IssuedOn,
            ExpiresOn = card.Expires,
            Pins = pins,
            LastSequence = last,
            UserCertificate = user,
            SigningCertificate = signing,
            Changes = changes,
        };
    }

    public static CardStatus ToContract(DomainState state) => state switch
    {
        DomainState.Applied => CardStatus.Applied,
        DomainState.ReadyForPickup => CardStatus.ReadyForPickup,
        DomainState.Active => CardStatus.Active,
        DomainState.Suspended => CardStatus.Suspended,
        DomainState.Expired => CardStatus.Expired,
        DomainState.Lapsed => CardStatus.Lapsed,
        DomainState.MovedOverseas => CardStatus.MovedOverseas,
        DomainState.Superseded => CardStatus.Superseded,
        _ => CardStatus.Returned,
    };

    public static DomainState ToDomain(CardStatus status) => status switch
    {
        CardStatus.Applied => DomainState.Applied,
        CardStatus.ReadyForPickup => DomainState.ReadyForPickup,
        CardStatus.Active => DomainState.Active,
        CardStatus.Suspended => DomainState.Suspended,
        CardStatus.Expired => DomainState.Expired,
        CardStatus.Lapsed => DomainState.Lapsed,
        CardStatus.MovedOverseas => DomainState.MovedOverseas,
        CardStatus.Superseded => DomainState.Superseded,
        CardStatus.Returned => DomainState.Returned,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "no Domain state for this status"),
    };

    /// <summary>The moves-and-losses record: null when the card has none, the previous one when equal.</summary>
    private static StoredCardChanges? Changes(Card card, StoredCardChanges? previous)
    {
        var suspendedFrom = card.SuspendedFrom is { } from ? ToContract(from) : (CardStatus?)null;
        var pending = card.PendingTransfer;
        var p = previous ?? StoredCardChanges.None;
        if (p.SuspendedFrom == suspendedFrom && p.PlannedMoveOut == pending?.PlannedMoveOut && p.TransferFiledOn == pending?.FiledOn
            && p.TransferViaOneStop == (pending?.ViaOneStop ?? false) && p.SigningReissueNotBefore == card.SigningReissueNotBefore
            && p.OverseasMoveOut == card.OverseasMoveOut && p.OldSurnamePrinted == card.OldSurnamePrinted
            && p.SurfaceUpdatedOn == card.SurfaceUpdatedOn && p.RenewalAppliedOn == card.RenewalAppliedOn)
            return previous;
        var changes = new StoredCardChanges(suspendedFrom, pending?.PlannedMoveOut, pending?.FiledOn, pending?.ViaOneStop ?? false,
            card.SigningReissueNotBefore, card.OverseasMoveOut, card.OldSurnamePrinted, card.SurfaceUpdatedOn, card.RenewalAppliedOn);
        return changes == StoredCardChanges.None ? null : changes;
    }

    private static StoredCertificate? Certificate(CertificateState now, StoredCertificate? before, ref int last)
    {
        if (now.Status == CertificateStatus.NotIssued) return null;
        var reissued = now.Status == CertificateStatus.Valid
            && (before is null || (CertificateStatus)before.Status != CertificateStatus.Valid
                || before.Issued != now.Issued || before.Expires != now.Expires);
        var sequence = reissued || before is null ? ++last : before.Sequence;
        return before is not null && before.Holds(now, sequence) ? before : StoredCertificate.From(now, sequence);
    }
}
