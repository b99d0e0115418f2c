using MyNumber.Domain;

namespace MyNumber.Grains.Cards;

/// <summary>
/// Refusals that come from the card grain itself (no such card, a second application on one key, bad input,
/// no certificate on the chip), not from a rule: the lifecycle's are the Domain's <c>Lifecycle.CardReasons</c>.
/// </summary>
public static class CardReasons
{
    public static readonly ReasonCode Unknown = new("card.unknown");
    public static readonly ReasonCode WrongState = new("card.wrong-state");
    public static readonly ReasonCode NoCertificate = new("cert.none");
    public static readonly ReasonCode BadInput = new("card.bad-input");
}
