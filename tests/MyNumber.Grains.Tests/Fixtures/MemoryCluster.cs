namespace MyNumber.Grains.Tests.Fixtures;

/// <summary>The embedded default: memory grain storage.</summary>
public sealed class MemoryCluster : FleetCluster
{
    protected override void ConfigureStorage(ISiloBuilder silo) => silo.AddMemoryGrainStorage("store");
}

[CollectionDefinition(Name)]
public sealed class MemoryCollection : ICollectionFixture<MemoryCluster>
{
    public const string Name = "memory cluster";
}
