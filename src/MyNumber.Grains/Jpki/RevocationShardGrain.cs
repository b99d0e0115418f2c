using System.Globalization;
using System.Numerics;
using MyNumber.Contracts.Jpki;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Revocation;

namespace MyNumber.Grains.Jpki;

/// <summary>
/// The revoked serials of one shard of one issuing CA, held in the Jpki library's hash-set shard (a CRL
/// scan per lookup would cost ~200 ms at 100 k entries) and persisted as a list. Lookups never write.
/// </summary>
[GrainType("jpki-revocation")]
public sealed class RevocationShardGrain(
    [PersistentState("jpki-revocation", "store")] IPersistentState<StoredState<RevocationShardState>> store,
    JpkiServices jpki,
    FleetClock clock) : Grain, IRevocationShardGrain
{
    private RevocationShard _shard = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var entries = store.State.Value?.Entries ?? [];
        _shard = new RevocationShard(entries.Select(e => KeyValuePair.Create(
            BigInteger.Parse(e.Serial, CultureInfo.InvariantCulture),
            new RevocationEntry(e.RevokedAt, (RevocationReason)e.Reason))));
        return Task.CompletedTask;
    }

    public async Task<bool> RevokeAsync(string serial, DateTimeOffset at, int reason)
    {
        var next = new RevocationShard(_shard.Entries);
        if (!next.Revoke(Parse(serial), at, (RevocationReason)reason)) return false;
        await SaveAsync(next);
        return true;
    }

    public async Task<bool> ReleaseAsync(string serial)
    {
        var next = new RevocationShard(_shard.Entries);
        if (!next.Release(Parse(serial))) return false;
        await SaveAsync(next);
        return true;
    }

    public Task<RevocationAnswer> StatusAsync(string serial, DateTimeOffset at)
    {
        var status = _shard.StatusAt(Parse(serial), at);
        return Task.FromResult(status.Kind switch
        {
            CertificateStatusKind.Good => new RevocationAnswer(RevocationAnswer.Good, null, null),
            CertificateStatusKind.Revoked => new RevocationAnswer(RevocationAnswer.Revoked, status.RevokedAt, (int?)status.Reason),
            _ => new RevocationAnswer(RevocationAnswer.Unknown, null, null),
        });
    }

    public Task<byte[]> OcspAsync(string serial, DateTimeOffset at)
    {
        var parsed = Parse(serial);
        var issuer = jpki.Authority.AuthorityFor(MyNumber.Jpki.Authority.CertificateSerial.KindOf(parsed)
            ?? MyNumber.Jpki.Authority.CertificateKind.UserAuthentication);
        var now = clock.UtcNow;
        return Task.FromResult(OcspResponder.Respond(issuer, parsed, _shard.StatusAt(parsed, at), now, now.AddHours(1)));
    }

    public Task<int> CountAsync() => Task.FromResult(_shard.Count);

    // The change is made on a copy and swapped in only after storage has it: no half-written state.
    private async Task SaveAsync(RevocationShard next)
    {
        var entries = next.Entries
            .Select(e => new RevokedSerial(e.Key.ToString(CultureInfo.InvariantCulture), e.Value.RevokedAt, (int)e.Value.Reason))
            .ToArray();
        await store.CommitAsync(new RevocationShardState(entries), this.GetPrimaryKeyString());
        _shard = next;
    }

    private static BigInteger Parse(string serial) =>
        BigInteger.TryParse(serial, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value.Sign > 0
            ? value
            : throw new ArgumentException("a certificate serial is a positive decimal number", nameof(serial));
}
