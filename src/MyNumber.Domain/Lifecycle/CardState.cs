namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// Where a card is in its life (domain-rules.md, "Lifecycle states"). PIN locks are per slot
/// (<see cref="Pins.PinSlotState"/>), certificate states per certificate (<see cref="CertificateState"/>).
/// </summary>
public enum CardState
{
    /// <summary>Application received (申請).</summary>
    Applied,

    /// <summary>Made and waiting at the counter (交付通知書 sent).</summary>
    ReadyForPickup,

    /// <summary>Handed over and usable (issued).</summary>
    Active,

    /// <summary>Temporarily stopped after a loss report (一時停止, R-LOSS-1).</summary>
    Suspended,

    /// <summary>Past its expiry date.</summary>
    Expired,

    /// <summary>Lost its validity by law before expiry (失効, e.g. R-MOVE-3, R-MOVE-5 before 2024-05-27).</summary>
    Lapsed,

    /// <summary>Kept in use abroad after the overseas procedure (R-MOVE-5).</summary>
    MovedOverseas,

    /// <summary>Replaced by a reissued or renewed card (R-LOSS-3).</summary>
    Superseded,

    /// <summary>Returned or abolished (返納/廃止), incl. on the holder's death.</summary>
    Returned,
}
