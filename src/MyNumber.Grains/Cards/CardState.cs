using System.Text.Json.Serialization;
using MyNumber.Contracts.Cards;

namespace MyNumber.Grains.Cards;

/// <summary>
/// A card as stored: a faithful projection of the Domain's <see cref="Domain.Lifecycle.Card"/>
/// (<see cref="CardRecords"/> converts both ways) plus what only the grain needs: the holder's facts for the
/// certificates, the application's face-authentication choice, certificate sequences, the lapse reason and the last renewal notice (R-VAL-8).
/// Certificates are kept as sequence numbers and dates: their bytes are a pure function of (kind, card,
/// sequence, facts, validity) and are re-materialized by the signers on demand. Ids 8–12 held the old
/// per-certificate fields and are retired, never reused.
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
    [property: Id(13)] string? LapseReason,
    [property: Id(14)] StoredCertificate? UserCertificate,
    [property: Id(15)] StoredCertificate? SigningCertificate,
    [property: Id(16)] StoredCardChanges? Changes,
    [property: Id(17)] RenewalNoticeRecord? Notice = null)
{
    public static readonly CardState None = new(CardStatus.None, null, false, null, null, null, null, 0, null, null, null, null);

    [JsonIgnore] public int? UserSequence => UserCertificate?.Sequence;

    [JsonIgnore] public DateOnly? UserIssuedOn => UserCertificate?.Issued;

    [JsonIgnore] public int? SigningSequence => SigningCertificate?.Sequence;

    [JsonIgnore] public DateOnly? SigningIssuedOn => SigningCertificate?.Issued;

    [JsonIgnore] public bool SigningRevoked => SigningCertificate?.IsRevoked ?? false;

    /// <summary>Equal as stored: the PIN arrays compared by content.</summary>
    public bool SameAs(CardState other) =>
        this with { Pins = null } == other with { Pins = null }
        && (Pins is null ? other.Pins is null : other.Pins is not null && Pins.SameAs(other.Pins));
}
