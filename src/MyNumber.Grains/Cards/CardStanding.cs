using MyNumber.Contracts.Cards;
using MyNumber.Domain;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Validity;

namespace MyNumber.Grains.Cards;

/// <summary>
/// For hosts that pick usable cards without calling a grain (bench, CLI): the Domain's answers on a stored
/// card. No rule lives here; each member only asks <see cref="CardLifecycle"/> or <see cref="ValidityRules"/>.
/// </summary>
public static class CardStanding
{
    /// <summary>Null when the card is in use on <paramref name="today"/>, else the Domain's reason (R-LOSS-1, R-VAL-1, R-VAL-5).</summary>
    public static ReasonCode? RefusalOn(CardState card, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (card.Status == CardStatus.None) return CardReasons.Unknown;
        var settled = CardLifecycle.Settle(CardRecords.ToDomain(card), today);
        return settled.IsInUse ? null : CardLifecycle.StateReason(settled.State);
    }

    /// <summary>The last valid day of a certificate issued on <paramref name="issuedOn"/> to this holder (R-VAL-3, R-VAL-5).</summary>
    public static DateOnly CertificateExpires(HolderFacts holder, DateOnly issuedOn)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return ValidityRules.CertificateExpires(holder.BirthDate, issuedOn, holder.StayEnds);
    }
}
