using MyNumber.Contracts;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

/// <summary>The cached references are the ones Orleans itself makes: same grain id, same interface, same grain answering.</summary>
[Collection(MemoryCollection.Name)]
public sealed class GrainReferencesTests(MemoryCluster fleet)
{
    [Fact(DisplayName = "A cached string-keyed reference equals Orleans' own and reaches the same resident")]
    public async Task StringKeyedReferenceIsOrleansOwn()
    {
        foreach (var index in new long[] { 10_000_001, 10_000_102, 10_000_203 })
        {
            var key = FleetKeys.Resident(index);
            var cached = GrainReferences<IResidentGrain>.Of(fleet.Client, key);
            var own = fleet.Client.GetGrain<IResidentGrain>(key);

            Assert.Equal(own.GetGrainId(), cached.GetGrainId());
            Assert.Equal(own, cached);
            Assert.Equal((await own.GetAsync())?.CardKey, (await cached.GetAsync())?.CardKey);
        }
    }

    [Fact(DisplayName = "A cached integer-keyed reference equals Orleans' own, for every key")]
    public void IntegerKeyedReferenceIsOrleansOwn()
    {
        foreach (var key in new long[] { 0, 1, -1, long.MaxValue })
        {
            Assert.Equal(fleet.Client.GetGrain<ICertificateVerifierGrain>(key).GetGrainId(),
                GrainReferences<ICertificateVerifierGrain>.Of(fleet.Client, key).GetGrainId());
        }
    }
}
