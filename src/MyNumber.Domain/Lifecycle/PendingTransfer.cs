namespace MyNumber.Domain.Lifecycle;

/// <summary>A filed transfer-out awaiting the transfer-in (R-MOVE-2, R-MOVE-3, R-MOVE-7).</summary>
public sealed record PendingTransfer(DateOnly PlannedMoveOut, DateOnly FiledOn, bool ViaOneStop)
{
    /// <summary>R-MOVE-3: days after the planned move-out by which the transfer-in must be filed.</summary>
    public const int DaysAfterPlannedMoveOut = 30;

    /// <summary>R-MOVE-3: days after actually moving in by which the transfer-in must be filed.</summary>
    public const int DaysAfterMovingIn = 14;

    public DateOnly LastDayForTransferIn => PlannedMoveOut.AddDays(DaysAfterPlannedMoveOut);
}
