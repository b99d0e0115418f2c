using System.Collections.Concurrent;
using System.Globalization;
using Orleans.Storage;

namespace MyNumber.Silo.Storage;

/// <summary>
/// The records of <see cref="EmbeddedGrainStorage"/>: sharded dictionaries keyed by (state name, grain id),
/// with optimistic concurrency on ETags. Every change is a compare-and-swap on the record that was checked,
/// so a stale ETag is refused even when two writers race for the same key.
/// </summary>
internal sealed class EmbeddedStateTable
{
    /// <summary>The ETag that matches any stored version, as in the other Orleans providers.</summary>
    public const string AnyETag = "*";

    private readonly ConcurrentDictionary<(string State, GrainId Grain), StoredRecord>[] _shards;
    private long _lastVersion;

    public EmbeddedStateTable(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        _shards = new ConcurrentDictionary<(string, GrainId), StoredRecord>[shardCount];
        for (var i = 0; i < shardCount; i++) _shards[i] = new();
    }

    public int Count => _shards.Sum(s => s.Count);

    public StoredRecord? Find(string stateName, GrainId grainId) =>
        Shard(stateName, grainId).TryGetValue((stateName, grainId), out var record) ? record : null;

    /// <summary>Stores <paramref name="payload"/> if <paramref name="expectedETag"/> names the stored version; returns the new ETag.</summary>
    public string Write(string stateName, GrainId grainId, string? expectedETag, byte[] payload)
    {
        var key = (stateName, grainId);
        var shard = Shard(stateName, grainId);
        while (true)
        {
            var next = new StoredRecord(payload, NextETag());
            if (shard.TryGetValue(key, out var current))
            {
                Check(stateName, grainId, "write", current.ETag, expectedETag);
                if (shard.TryUpdate(key, next, current)) return next.ETag;
            }
            else
            {
                Check(stateName, grainId, "write", null, expectedETag);
                if (shard.TryAdd(key, next)) return next.ETag;
            }
        }
    }

    /// <summary>Removes the record if <paramref name="expectedETag"/> names the stored version (or nothing is stored and it is null).</summary>
    public void Clear(string stateName, GrainId grainId, string? expectedETag)
    {
        var key = (stateName, grainId);
        var shard = Shard(stateName, grainId);
        while (true)
        {
            if (!shard.TryGetValue(key, out var current))
            {
                Check(stateName, grainId, "clear", null, expectedETag);
                return;
            }

            Check(stateName, grainId, "clear", current.ETag, expectedETag);
            if (shard.TryRemove(new KeyValuePair<(string, GrainId), StoredRecord>(key, current))) return;
        }
    }

    private static void Check(string stateName, GrainId grainId, string operation, string? stored, string? expected)
    {
        if (expected == stored || expected == AnyETag) return;
        throw new InconsistentStateException(
            $"Embedded grain storage refused a {operation} of state '{stateName}' for {grainId}: " +
            $"the grain's ETag '{expected ?? "(none)"}' is not the stored one '{stored ?? "(none)"}'; " +
            "another activation changed or cleared it.",
            stored ?? "", expected ?? "");
    }

    // A single counter for the whole table: an ETag is never reused, so a stale one can never match again.
    private string NextETag() =>
        Interlocked.Increment(ref _lastVersion).ToString("x", CultureInfo.InvariantCulture);

    private ConcurrentDictionary<(string State, GrainId Grain), StoredRecord> Shard(string stateName, GrainId grainId) =>
        _shards[(uint)HashCode.Combine(stateName, grainId) % (uint)_shards.Length];
}
