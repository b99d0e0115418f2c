using MyNumber.Contracts.Cards;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Validity;

namespace MyNumber.Grains.Cards;

/// <summary>
/// R-VAL-8: which renewal notice a card is owed next, in the Domain's terms. The card and its certificates
/// each get a notice (the Domain's <see cref="CardDates"/> decision), so the next one is for the earliest
/// expiry, card or user certificate, later than the last one noticed; the Domain dates it
/// (<see cref="ValidityRules.NoticeDate"/>) and sends none for a fixed period of stay.
/// </summary>
public static class RenewalNotices
{
    /// <summary>
    /// How far ahead in simulated time a card sets a reminder for its notice. Short, because every activation
    /// of a card owed one within it registers a reminder (memory and a reminder-table row): a card owed a later
    /// notice sets it on a later activation or change, and one activated after its date is noticed at once.
    /// </summary>
    public static readonly int HorizonDays = 14;

    /// <summary>
    /// The next notice (the expiry it is for and the day it is due), or null when none is owed, or none by
    /// <paramref name="dueBy"/> when given (then the Domain is not asked about the card at all).
    /// </summary>
    public static (DateOnly ForExpiry, DateOnly DueOn)? Next(CardState card, DateOnly today, DateOnly? dueBy = null)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Status is not (CardStatus.Active or CardStatus.MovedOverseas) || card.Holder is not { } holder) return null;
        var noticed = card.Notice?.ForExpiry ?? DateOnly.MinValue;
        DateOnly? target = null;
        foreach (var expiry in new[] { card.UserCertificate is { IsRevoked: false } user ? user.Expires : (DateOnly?)null, card.ExpiresOn })
        {
            if (expiry is { } e && e > noticed && e >= today && (target is null || e < target)) target = e;
        }

        if (target is not { } forExpiry || ValidityRules.NoticeDate(forExpiry, holder.StayEnds is not null) is not { } due
            || due > dueBy) return null;
        // Only a card the Domain still counts as in use on the day is owed anything.
        return CardLifecycle.Settle(CardRecords.ToDomain(card), today).IsInUse ? (forExpiry, due) : null;
    }

    /// <summary>Whether <paramref name="after"/> may be owed a different notice than <paramref name="before"/>.</summary>
    public static bool MayMove(CardState before, CardState after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return before.Status != after.Status || before.ExpiresOn != after.ExpiresOn
            || before.UserCertificate != after.UserCertificate || before.Holder?.StayEnds != after.Holder?.StayEnds;
    }
}
