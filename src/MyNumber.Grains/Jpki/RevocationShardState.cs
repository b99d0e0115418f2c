namespace MyNumber.Grains.Jpki;

/// <summary>One revoked serial as stored: decimal serial, from when, RFC 5280 reason code.</summary>
[GenerateSerializer, Immutable, Alias("mn.RevokedSerial")]
public sealed record RevokedSerial(
    [property: Id(0)] string Serial,
    [property: Id(1)] DateTimeOffset RevokedAt,
    [property: Id(2)] int Reason);

/// <summary>The persisted revocation list of one shard.</summary>
[GenerateSerializer, Immutable, Alias("mn.RevocationShardState")]
public sealed record RevocationShardState([property: Id(0)] RevokedSerial[] Entries);
