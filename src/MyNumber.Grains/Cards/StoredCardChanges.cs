using MyNumber.Contracts.Cards;

namespace MyNumber.Grains.Cards;

/// <summary>
/// The Domain card's fields that only moves, losses and renewals set (R-LOSS-1, R-MOVE-1..5, R-CERT-3). Most
/// cards never have any, so the card state holds null instead of this record then.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.StoredCardChanges")]
public sealed record StoredCardChanges(
    [property: Id(0)] CardStatus? SuspendedFrom,
    [property: Id(1)] DateOnly? PlannedMoveOut,
    [property: Id(2)] DateOnly? TransferFiledOn,
    [property: Id(3)] bool TransferViaOneStop,
    [property: Id(4)] DateOnly? SigningReissueNotBefore,
    [property: Id(5)] DateOnly? OverseasMoveOut,
    [property: Id(6)] bool OldSurnamePrinted,
    [property: Id(7)] DateOnly? SurfaceUpdatedOn,
    [property: Id(8)] DateOnly? RenewalAppliedOn)
{
    public static readonly StoredCardChanges None = new(null, null, null, false, null, null, false, null, null);
}
