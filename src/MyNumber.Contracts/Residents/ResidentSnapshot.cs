namespace MyNumber.Contracts.Residents;

/// <summary>A resident as reports and tests see it. The My Number is masked (last four digits only).</summary>
[GenerateSerializer, Immutable, Alias("mn.ResidentSnapshot")]
public sealed record ResidentSnapshot(
    [property: Id(0)] string ResidentKey,
    [property: Id(1)] string MaskedNumber,
    [property: Id(2)] DateOnly BirthDate,
    [property: Id(3)] bool Japanese,
    [property: Id(4)] DateOnly? StayEnds,
    [property: Id(5)] string MunicipalityCode,
    [property: Id(6)] ResidentStatus Status,
    [property: Id(7)] string? CardKey,
    [property: Id(8)] bool FaceAuthenticationCard,
    [property: Id(9)] bool Smartphone,
    [property: Id(10)] bool InsuranceRegistered,
    [property: Id(11)] long HouseholdId,
    [property: Id(12)] bool HasOldSurname,
    [property: Id(13)] bool StoredState);
