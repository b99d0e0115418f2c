namespace MyNumber.Contracts.Residents;

/// <summary>Where a resident stands on the resident record.</summary>
[GenerateSerializer, Alias("mn.ResidentStatus")]
public enum ResidentStatus
{
    Registered = 0,

    /// <summary>Transfer-out filed; the transfer-in at the new municipality is pending (R-MOVE-2, R-MOVE-3).</summary>
    MovingOut = 1,

    /// <summary>Moved abroad (R-MOVE-5).</summary>
    Overseas = 2,

    Deceased = 3,
}
