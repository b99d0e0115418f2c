using System.Numerics;

namespace MyNumber.Jpki.Revocation;

/// <summary>
/// Which revocation shard holds a serial: a pure function, stable across processes and runs (no randomized
/// string hashing), so every silo, verifier and replay routes a serial to the same shard.
/// </summary>
public static class RevocationShardMap
{
    public static int ShardOf(BigInteger serial, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(serial.Sign);
        Span<byte> bytes = stackalloc byte[serial.GetByteCount(isUnsigned: true)];
        serial.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: true);
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in bytes)
        {
            hash = unchecked((hash ^ b) * 0x100000001B3UL);
        }

        // FNV mixes low bytes weakly into high bits; fold before the modulo.
        hash ^= hash >> 29;
        return (int)(hash % (ulong)shardCount);
    }
}
