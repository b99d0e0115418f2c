using MyNumber.Contracts.Cards;
using MyNumber.Domain;
using MyNumber.Domain.Validity;

namespace MyNumber.Grains.Cards;

/// <summary>
/// Whether a card can be used today (R-LOSS-1: a suspended card does nothing; R-VAL-1/5: an expired or
/// lapsed card neither), evaluated on the simulated date so that expiry needs no sweep to take effect.
/// </summary>
public static class CardStanding
{
    public static ReasonCode? RefusalOn(CardState card, DateOnly today) => card.Status switch
    {
        CardStatus.None => CardReasons.Unknown,
        CardStatus.Applied or CardStatus.ReadyForPickup or CardStatus.Returned => CardReasons.NotActive,
        CardStatus.Suspended => CardReasons.Suspended,
        CardStatus.Superseded => CardReasons.Superseded,
        CardStatus.Lapsed => ValidityReasons.CardLapsed,
        CardStatus.Expired => CardReasons.Expired,
        _ when card.ExpiresOn is { } end && today > end => CardReasons.Expired,
        _ => null,
    };

    /// <summary>The last valid day of a certificate issued on <paramref name="issuedOn"/> to this holder (R-VAL-3, R-VAL-5).</summary>
    public static DateOnly CertificateExpires(HolderFacts holder, DateOnly issuedOn) =>
        ValidityRules.CertificateExpires(holder.BirthDate, issuedOn, holder.StayEnds);
}
