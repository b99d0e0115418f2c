namespace MyNumber.Contracts.Cards;

/// <summary>A card's lifecycle state as clients see it (domain-rules.md, "Lifecycle states").</summary>
[GenerateSerializer, Alias("mn.CardStatus")]
public enum CardStatus
{
    None = 0,
    Applied = 1,
    ReadyForPickup = 2,
    Active = 3,
    Suspended = 4,
    Expired = 5,
    Lapsed = 6,
    Superseded = 7,
    Returned = 8,

    /// <summary>Kept in use abroad after the overseas procedure (R-MOVE-5).</summary>
    MovedOverseas = 9,
}
