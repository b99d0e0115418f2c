using MyNumber.Domain;

namespace MyNumber.Grains.Residents;

/// <summary>Refusals that come from the resident record itself (bad input, wrong state), not from a rule.</summary>
public static class ResidentReasons
{
    public static readonly ReasonCode Unknown = new("resident.unknown");
    public static readonly ReasonCode NoCard = new("resident.no-card");
    public static readonly ReasonCode NotRegistered = new("resident.not-registered");
    public static readonly ReasonCode NotMovingOut = new("resident.not-moving-out");
    public static readonly ReasonCode Deceased = new("resident.deceased");
    public static readonly ReasonCode BadInput = new("resident.bad-input");
    public static readonly ReasonCode NotForeign = new("resident.not-foreign");
}
