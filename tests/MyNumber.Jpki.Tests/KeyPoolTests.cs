using System.Diagnostics;
using MyNumber.Jpki.Keys;

namespace MyNumber.Jpki.Tests;

[Collection(FixtureCollection.Name)]
public sealed class KeyPoolTests(JpkiFixture fixture)
{
    [Fact(DisplayName = "The same seed gives the same keys, whether generated afresh or loaded from the disk cache")]
    public void PoolIsDeterministic()
    {
        var fresh = CardKeyPool.Create("jpki-tests", 1);
        var cached = CardKeyPool.Create("jpki-tests", 4, fixture.KeyCache);

        Assert.Equal(1, fresh.KeysGenerated);
        Assert.Equal(0, cached.KeysGenerated);
        Assert.Equal(fresh[0].PublicKeyInfo.GetDerEncoded(), cached[0].PublicKeyInfo.GetDerEncoded());
        Assert.NotEqual(cached[0].PublicKeyInfo.GetDerEncoded(), cached[1].PublicKeyInfo.GetDerEncoded());
    }

    [Fact(DisplayName = "Assigning keys to 1 M cards takes well under a second and is a fixed function of the card")]
    public void MillionAssignmentsAreFast()
    {
        var pool = fixture.CardKeys;
        var counts = new int[pool.Size];
        var stopwatch = Stopwatch.StartNew();
        for (long card = 0; card < 1_000_000; card++)
        {
            counts[pool.KeyIndexFor(card)]++;
        }

        stopwatch.Stop();
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"took {stopwatch.Elapsed}");
        Assert.All(counts, c => Assert.InRange(c, 240_000, 260_000));
        Assert.Equal(pool.KeyIndexFor(123_456), pool.KeyIndexFor(123_456));
        Assert.Same(pool[pool.KeyIndexFor(99)], pool.KeyFor(99));
    }
}
