using Microsoft.Extensions.DependencyInjection;
using MyNumber.Grains.Persistence;
using MyNumber.Silo.Storage;
using Orleans.Serialization;
using Orleans.Storage;

namespace MyNumber.Grains.Tests.Storage;

/// <summary>The embedded grain storage of the local profile, driven directly through <see cref="IGrainStorage"/>.</summary>
public sealed class EmbeddedStorageTests
{
    private const string StateName = "card";

    private static readonly Serializer Serializer =
        new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    private readonly EmbeddedGrainStorage _storage = new(Serializer, shardCount: 8);

    [Fact(DisplayName = "embedded storage: a written state reads back with its ETag")]
    public async Task RoundTrip()
    {
        var grain = Card(1);
        var written = State("issued");
        await _storage.WriteStateAsync(StateName, grain, written);
        Assert.NotNull(written.ETag);
        Assert.True(written.RecordExists);

        var read = State(null);
        await _storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal("issued", read.State!.Value);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact(DisplayName = "embedded storage: an unknown grain reads as no record and keeps its fresh state")]
    public async Task MissingRecord()
    {
        var read = State("fresh");
        await _storage.ReadStateAsync(StateName, Card(2), read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal("fresh", read.State!.Value);
    }

    [Fact(DisplayName = "embedded storage: a write with a stale ETag is refused and the newer state stays")]
    public async Task StaleETagIsRefused()
    {
        var grain = Card(3);
        await _storage.WriteStateAsync(StateName, grain, State("v1"));
        var first = await ReadAsync(grain);
        var second = await ReadAsync(grain);

        first.State!.Value = "v2 by the first activation";
        await _storage.WriteStateAsync(StateName, grain, first);
        second.State!.Value = "v2 by a stale activation";
        var refused = await Assert.ThrowsAsync<InconsistentStateException>(
            () => _storage.WriteStateAsync(StateName, grain, second));

        Assert.Equal(first.ETag, refused.StoredEtag);
        Assert.Equal("v2 by the first activation", (await ReadAsync(grain)).State!.Value);
    }

    [Fact(DisplayName = "embedded storage: a first write that claims an ETag is refused")]
    public async Task InventedETagIsRefused()
    {
        var claimed = State("v1");
        claimed.ETag = "1";
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, Card(4), claimed));
        Assert.False((await ReadAsync(Card(4))).RecordExists);
    }

    [Fact(DisplayName = "embedded storage: clear removes the record, checks the ETag and lets the grain start again")]
    public async Task Clear()
    {
        var grain = Card(5);
        var state = State("v1");
        await _storage.WriteStateAsync(StateName, grain, state);
        var stale = state.ETag;
        await _storage.WriteStateAsync(StateName, grain, state);

        var staleClear = State("v1");
        staleClear.ETag = stale;
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.ClearStateAsync(StateName, grain, staleClear));
        Assert.True((await ReadAsync(grain)).RecordExists);

        await _storage.ClearStateAsync(StateName, grain, state);
        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal("v1", state.State!.Value);
        Assert.False((await ReadAsync(grain)).RecordExists);
        Assert.Equal(0, _storage.Count);

        // Clearing again with no ETag is harmless; an ETag from before the clear is stale.
        await _storage.ClearStateAsync(StateName, grain, state);
        await Assert.ThrowsAsync<InconsistentStateException>(() => _storage.WriteStateAsync(StateName, grain, staleClear));
        await _storage.WriteStateAsync(StateName, grain, State("v2"));
        Assert.Equal("v2", (await ReadAsync(grain)).State!.Value);
    }

    [Fact(DisplayName = "embedded storage: the store shares no object with the grain that wrote or read it")]
    public async Task NoSharedReferences()
    {
        var grain = Card(6);
        var written = State("as written");
        await _storage.WriteStateAsync(StateName, grain, written);
        written.State!.Value = "changed after the write";

        var a = await ReadAsync(grain);
        var b = await ReadAsync(grain);
        Assert.Equal("as written", a.State!.Value);
        Assert.NotSame(written.State, a.State);
        Assert.NotSame(a.State, b.State);
        a.State!.Value = "changed after the read";
        Assert.Equal("as written", (await ReadAsync(grain)).State!.Value);
    }

    [Fact(DisplayName = "embedded storage: state name and grain type are part of the key")]
    public async Task KeysStayApart()
    {
        await _storage.WriteStateAsync(StateName, Card(7), State("card"));
        Assert.False((await ReadAsync(Card(7), "resident")).RecordExists);
        Assert.False((await ReadAsync(GrainId.Create("resident", "mncard:7"))).RecordExists);
        Assert.False((await ReadAsync(Card(70))).RecordExists);
    }

    [Fact(DisplayName = "embedded storage: concurrent writes to different grains all land")]
    public async Task ConcurrentWritesToDifferentGrains()
    {
        const int grains = 2000, writesEach = 5;
        await Task.WhenAll(Enumerable.Range(0, grains).Select(i => Task.Run(async () =>
        {
            var state = State(null);
            for (var w = 0; w < writesEach; w++)
            {
                state.State!.Value = $"grain {i} write {w}";
                await _storage.WriteStateAsync(StateName, Card(10_000 + i), state);
            }
        })));

        Assert.Equal(grains, _storage.Count);
        for (var i = 0; i < grains; i++)
        {
            Assert.Equal($"grain {i} write {writesEach - 1}", (await ReadAsync(Card(10_000 + i))).State!.Value);
        }
    }

    [Fact(DisplayName = "embedded storage: of writers racing on one ETag exactly one wins")]
    public async Task RacingWritersOnOneETag()
    {
        var grain = Card(8);
        await _storage.WriteStateAsync(StateName, grain, State("start"));
        var etag = (await ReadAsync(grain)).ETag;
        using var go = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, 8).Select(i => Task.Run(() =>
        {
            var state = State($"racer {i}");
            state.ETag = etag;
            go.Wait();
            try
            {
                _storage.WriteStateAsync(StateName, grain, state).GetAwaiter().GetResult();
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })).ToArray();
        go.Set();

        Assert.Single(await Task.WhenAll(racers), won => won);
    }

    private static GrainId Card(int index) => GrainId.Create("card", $"mncard:{index}");

    private static GrainState<StoredState<string>> State(string? value) => new(new StoredState<string> { Value = value });

    private async Task<GrainState<StoredState<string>>> ReadAsync(GrainId grain, string stateName = StateName)
    {
        var state = State(null);
        await _storage.ReadStateAsync(stateName, grain, state);
        return state;
    }
}
