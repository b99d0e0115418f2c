namespace MyNumber.Contracts.Clinic;

/// <summary>The online eligibility answer: eligible, or the reason (card, certificate or insurance).</summary>
[GenerateSerializer, Immutable, Alias("mn.EligibilityAnswer")]
public sealed record EligibilityAnswer([property: Id(0)] string? Reason, [property: Id(1)] string MunicipalityCode)
{
    public bool Eligible => Reason is null;
}
