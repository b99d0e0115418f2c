namespace MyNumber.Contracts.Cards;

/// <summary>
/// What a card knows of its holder: the four basic facts that go into the signing certificate
/// (R-CERT-1), and for a foreign resident the end of the period of stay (R-VAL-5).
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.HolderFacts")]
public sealed record HolderFacts(
    [property: Id(0)] string Name,
    [property: Id(1)] string Address,
    [property: Id(2)] DateOnly BirthDate,
    [property: Id(3)] bool Female,
    [property: Id(4)] bool Japanese,
    [property: Id(5)] DateOnly? StayEnds)
{
    /// <summary>Names and addresses are personal data: not in logs.</summary>
    public override string ToString() => $"HolderFacts(born {BirthDate.Year}, {(Japanese ? "Japanese" : "foreign")})";
}
