using System.Numerics;

namespace MyNumber.Jpki.Revocation;

/// <summary>
/// All revocation shards of one CA in one process: the library-level twin of the sharded revocation grains
/// (a grain holds one <see cref="RevocationShard"/> and routes with <see cref="RevocationShardMap"/>).
/// </summary>
public sealed class RevocationRegistry
{
    private readonly RevocationShard[] _shards;

    public RevocationRegistry(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        _shards = new RevocationShard[shardCount];
        for (var i = 0; i < shardCount; i++)
        {
            _shards[i] = new RevocationShard();
        }
    }

    public int ShardCount => _shards.Length;

    public RevocationShard Shard(int index) => _shards[index];

    public RevocationShard ShardFor(BigInteger serial) => _shards[RevocationShardMap.ShardOf(serial, _shards.Length)];

    public bool Revoke(BigInteger serial, DateTimeOffset at, RevocationReason reason) =>
        ShardFor(serial).Revoke(serial, at, reason);

    public CertificateStatus StatusAt(BigInteger serial, DateTimeOffset at) => ShardFor(serial).StatusAt(serial, at);

    /// <summary>Every revoked serial of every shard, for a whole-CA CRL.</summary>
    public IEnumerable<KeyValuePair<BigInteger, RevocationEntry>> AllEntries() => _shards.SelectMany(s => s.Entries);
}
