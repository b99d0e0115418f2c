namespace MyNumber.Contracts.Municipality;

/// <summary>A certificate the municipality's certificate service produced for a kiosk print.</summary>
[GenerateSerializer, Immutable, Alias("mn.MunicipalDocument")]
public sealed record MunicipalDocument(
    [property: Id(0)] string HolderResidentKey,
    [property: Id(1)] int DocumentKind,
    [property: Id(2)] string MunicipalityCode,
    [property: Id(3)] DateTimeOffset ProducedAt);
