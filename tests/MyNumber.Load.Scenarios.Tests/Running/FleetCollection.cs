namespace MyNumber.Load.Scenarios.Tests.Running;

/// <summary>Tests that start in-process silos run one at a time: two silos at once would measure each other.</summary>
[CollectionDefinition(Name)]
public sealed class FleetCollection
{
    public const string Name = "in-process fleet";
}
