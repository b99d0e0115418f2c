using MyNumber.Contracts.Residents;

namespace MyNumber.Grains.Residents;

/// <summary>
/// A resident's facts. The initial value comes from the population generator; only a changed resident is
/// ever written. Names and addresses are synthetic. <see cref="CardGeneration"/> is -1 without a card.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.ResidentState")]
public sealed record ResidentState(
    [property: Id(0)] long Index,
    [property: Id(1)] string Name,
    [property: Id(2)] string Address,
    [property: Id(3)] DateOnly BirthDate,
    [property: Id(4)] bool Female,
    [property: Id(5)] bool Japanese,
    [property: Id(6)] DateOnly? StayEnds,
    [property: Id(7)] string MunicipalityCode,
    [property: Id(8)] long HouseholdId,
    [property: Id(9)] bool InsuranceRegistered,
    [property: Id(10)] ResidentStatus Status,
    [property: Id(11)] int CardGeneration,
    [property: Id(12)] DateOnly? CardIssuedOn,
    [property: Id(13)] bool FaceAuthenticationCard,
    [property: Id(14)] bool Smartphone,
    [property: Id(15)] string? OldSurname,
    [property: Id(16)] DateOnly? MoveOutPlannedOn,
    [property: Id(17)] string? MovingToMunicipality)
{
    public bool HoldsCard => CardGeneration >= 0;
}
