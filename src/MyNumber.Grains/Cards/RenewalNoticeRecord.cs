namespace MyNumber.Grains.Cards;

/// <summary>
/// R-VAL-8: the last renewal notice (更新通知) a card's holder was sent: for which expiry, on which simulated
/// day, and how many notices the card has had in all. Null on a card that never had one.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.RenewalNoticeRecord")]
public sealed record RenewalNoticeRecord(
    [property: Id(0)] DateOnly ForExpiry,
    [property: Id(1)] DateOnly SentOn,
    [property: Id(2)] int Count);
