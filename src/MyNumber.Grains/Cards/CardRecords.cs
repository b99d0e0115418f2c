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
    /// </summary>
    public static CardState From(Card card, CardState previous)
    {
        var last = previous.LastSequence;
        var user = Certificate(card.UserAuthentication, previous.UserCertificate, ref last);
        var signing = Certificate(card.Signing, previous.SigningCertificate, ref last);
        var changes = new StoredCardChanges(
            card.SuspendedFrom is { } from ? ToContract(from) : null,
            card.PendingTransfer?.PlannedMoveOut, card.PendingTransfer?.FiledOn, card.PendingTransfer?.ViaOneStop ?? false,
            card.SigningReissueNotBefore, card.OverseasMoveOut, card.OldSurnamePrinted, card.SurfaceUpdatedOn,
            card.RenewalAppliedOn);
        var holder = previous.Holder ?? throw new InvalidOperationException("the stored card has no holder facts");
        return previous with
        {
            Status = ToContract(card.State),
            Holder = holder with { BirthDate = card.Holder.Birth, Japanese = card.Holder.JapaneseNational, StayEnds = card.Holder.StayUntil },
            AppliedOn = card.AppliedOn,
            IssuedOn = card.IssuedOn,
            ExpiresOn = card.Expires,
            Pins = card.Pins is null ? null : Pins(card, previous.Pins),
            LastSequence = last,
            UserCertificate = user,
            SigningCertificate = signing,
            Changes = changes == StoredCardChanges.None ? null : changes,
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

    /// <summary>The stored PINs, reusing the previous arrays when only a counter moved (the common PIN entry).</summary>
    private static StoredPins Pins(Card card, StoredPins? previous)
    {
        var next = StoredPins.FromDomain(card.Pins!);
        return previous is not null && next.SameAs(previous) ? previous : next;
    }

    private static StoredCertificate? Certificate(CertificateState now, StoredCertificate? before, ref int last)
    {
        if (now.Status == CertificateStatus.NotIssued) return null;
        var reissued = now.Status == CertificateStatus.Valid
            && (before is null || (CertificateStatus)before.Status != CertificateStatus.Valid
                || before.Issued != now.Issued || before.Expires != now.Expires);
        return StoredCertificate.From(now, reissued || before is null ? ++last : before.Sequence);
    }
}
