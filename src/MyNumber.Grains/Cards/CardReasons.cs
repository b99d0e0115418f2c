using MyNumber.Domain;

namespace MyNumber.Grains.Cards;

/// <summary>Refusals for an operation in the wrong state of the card's lifecycle.</summary>
public static class CardReasons
{
    public static readonly ReasonCode Unknown = new("card.unknown");
    public static readonly ReasonCode WrongState = new("card.wrong-state");
    public static readonly ReasonCode NotActive = new("card.not-active");
    public static readonly ReasonCode Suspended = new("card.suspended");
    public static readonly ReasonCode Expired = new("card.expired");
    public static readonly ReasonCode Superseded = new("card.superseded");
    public static readonly ReasonCode NoCertificate = new("cert.none");
    public static readonly ReasonCode BadInput = new("card.bad-input");
}
