using MyNumber.Contracts.Cards;

namespace MyNumber.Contracts.Jpki;

/// <summary>
/// The revocation status of the serials of one issuing CA that map to one shard
/// (key: <see cref="RevocationShardKey.For"/>). Serials travel as decimal strings.
/// </summary>
[Alias("mn.IRevocationShardGrain")]
public interface IRevocationShardGrain : IGrainWithStringKey
{
    /// <summary>Revokes from simulated time <paramref name="at"/> on; <paramref name="reason"/> is an RFC 5280 code.</summary>
    [Alias("Revoke")] Task<bool> RevokeAsync(string serial, DateTimeOffset at, int reason);

    /// <summary>Lifts a certificate hold (suspension lifted at the counter).</summary>
    [Alias("Release")] Task<bool> ReleaseAsync(string serial);

    [Alias("Status")] Task<RevocationAnswer> StatusAsync(string serial, DateTimeOffset at);

    /// <summary>A signed OCSP response (DER) for the serial at <paramref name="at"/>.</summary>
    [Alias("Ocsp")] Task<byte[]> OcspAsync(string serial, DateTimeOffset at);

    [Alias("Count")] Task<int> CountAsync();
}

/// <summary>Keys of the revocation shards.</summary>
public static class RevocationShardKey
{
    public static string For(CertificateUse kind, int shard) =>
        FleetKeys.RevocationShard(shard) + (kind == CertificateUse.Signing ? ":sig" : ":user");
}
