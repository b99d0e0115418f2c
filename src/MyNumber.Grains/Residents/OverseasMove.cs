using MyNumber.Domain;

namespace MyNumber.Grains.Residents;

/// <summary>
/// The moving rules the resident grain applies (R-MOVE-3, R-MOVE-5), kept to one place until the Domain
/// library's lifecycle module carries them.
/// </summary>
public static class OverseasMove
{
    /// <summary>R-MOVE-5: from this day a Japanese national keeps the card when moving abroad.</summary>
    public static readonly DateOnly ContinuedUseFrom = new(2024, 5, 27);

    /// <summary>R-MOVE-3: days after the planned move-out date within which the transfer-in must be filed.</summary>
    public const int TransferInDays = 30;

    public static readonly ReasonCode CardLapsed = new("card.lapsed.moved-overseas");
    public static readonly ReasonCode TransferInOverdue = new("card.lapsed.no-transfer-in");

    public static bool KeepsCard(bool japanese, DateOnly moveOutOn) => japanese && moveOutOn >= ContinuedUseFrom;

    public static bool TransferInMissed(DateOnly plannedMoveOut, DateOnly today) =>
        today > plannedMoveOut.AddDays(TransferInDays);
}
