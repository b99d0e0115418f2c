using MyNumber.Grains.Tests.Fixtures;
using MyNumber.Silo;
using MyNumber.Silo.Storage;

namespace MyNumber.Grains.Tests.Storage;

/// <summary>The fleet on the local profile's grain storage: the embedded in-process table.</summary>
public sealed class EmbeddedCluster : FleetCluster
{
    protected override void ConfigureStorage(ISiloBuilder silo) => silo.AddEmbeddedGrainStorage(SiloProfile.StorageName);
}

[CollectionDefinition(Name)]
public sealed class EmbeddedCollection : ICollectionFixture<EmbeddedCluster>
{
    public const string Name = "embedded storage cluster";
}
