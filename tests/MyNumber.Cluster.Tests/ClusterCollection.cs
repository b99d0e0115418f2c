namespace MyNumber.Cluster.Tests;

/// <summary>
/// Every cluster test in one collection: they run one after another, because each starts several silo
/// processes on a 2-core machine and one of them stops the shared PostgreSQL server.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "process cluster";
}
