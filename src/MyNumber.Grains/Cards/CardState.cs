using MyNumber.Contracts.Cards;

namespace MyNumber.Grains.Cards;

/// <summary>
/// A card as stored. Certificates are kept as sequence numbers and dates only: their bytes are a pure
/// function of (kind, card, sequence, facts, validity) and are re-materialized by the signers on demand,
/// which keeps a million active cards small. A null sequence means no such certificate.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.CardState")]
public sealed record CardState(
    [property: Id(0)] CardStatus Status,
    [property: Id(1)] HolderFacts? Holder,
    [property: Id(2)] bool FaceAuthenticationOnly,
    [property: Id(3)] DateOnly? AppliedOn,
    [property: Id(4)] DateOnly? IssuedOn,
    [property: Id(5)] DateOnly? ExpiresOn,
    [property: Id(6)] StoredPins? Pins,
    [property: Id(7)] int LastSequence,
    [property: Id(8)] int? UserSequence,
    [property: Id(9)] DateOnly? UserIssuedOn,
    [property: Id(10)] int? SigningSequence,
    [property: Id(11)] DateOnly? SigningIssuedOn,
    [property: Id(12)] bool SigningRevoked,
    [property: Id(13)] string? LapseReason)
{
    public static readonly CardState None = new(
        CardStatus.None, null, false, null, null, null, null, 0, null, null, null, null, false, null);
}
