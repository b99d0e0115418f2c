namespace MyNumber.Contracts.Jpki;

/// <summary>An OCSP-style status answer: good, revoked (from when, why: RFC 5280 reason code) or unknown.</summary>
[GenerateSerializer, Immutable, Alias("mn.RevocationAnswer")]
public sealed record RevocationAnswer(
    [property: Id(0)] string Status,
    [property: Id(1)] DateTimeOffset? RevokedAt,
    [property: Id(2)] int? Reason)
{
    public const string Good = "good";
    public const string Revoked = "revoked";
    public const string Unknown = "unknown";
}
