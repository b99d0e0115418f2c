using Orleans.Serialization;
using Orleans.Storage;

namespace MyNumber.Silo.Storage;

/// <summary>
/// Grain storage inside the silo process for the <c>local</c> profile and the bench: each grain's state is
/// kept as Orleans binary bytes in a sharded in-process table with ETag checks. A write costs one
/// serialization and one compare-and-swap; Orleans' memory storage instead sends every write as a grain
/// call to one of its storage grains, which serialize and copy it again, and that made a state change
/// cost ten times a PIN verification. Like memory storage it holds nothing after the process ends and
/// serves one silo only.
/// </summary>
public sealed class EmbeddedGrainStorage : IGrainStorage
{
    /// <summary>Enough shards that writers on 2–8 cores rarely meet on one dictionary's locks and resizes.</summary>
    public const int DefaultShardCount = 64;

    private readonly Serializer _serializer;
    private readonly EmbeddedStateTable _table;

    public EmbeddedGrainStorage(Serializer serializer, int shardCount = DefaultShardCount)
    {
        _serializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        _table = new EmbeddedStateTable(shardCount);
    }

    /// <summary>How many grain states are stored (cleared ones are not counted).</summary>
    public int Count => _table.Count;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (_table.Find(stateName, grainId) is not { } record)
        {
            // Nothing stored: the grain keeps the fresh state it was given, as with memory storage.
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }

        // Deserializing gives the grain its own objects: nothing it mutates can reach the stored bytes.
        grainState.State = _serializer.Deserialize<T>(record.Payload) ?? Activator.CreateInstance<T>();
        grainState.ETag = record.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var payload = _serializer.SerializeToArray(grainState.State);
        grainState.ETag = _table.Write(stateName, grainId, grainState.ETag, payload);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    /// <summary>Removes the stored state (ETag checked); the grain's in-memory state is left as it is, as with memory storage.</summary>
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        _table.Clear(stateName, grainId, grainState.ETag);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
