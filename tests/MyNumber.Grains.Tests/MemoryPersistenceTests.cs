using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

[Collection(MemoryCollection.Name)]
public sealed class MemoryPersistenceTests(MemoryCluster fleet) : PersistenceContract(fleet)
{
    [Fact(DisplayName = "memory: an untouched resident comes from the generator and writes nothing")]
    public Task Untouched() => UntouchedResidentIsGeneratedAndNotWritten();

    [Fact(DisplayName = "memory: a changed resident survives deactivation")]
    public Task Changed() => ChangedResidentSurvivesDeactivation();

    [Fact(DisplayName = "R-PIN-2 memory: the wrong-PIN counter survives deactivation")]
    public Task PinCounter() => PinCounterSurvivesDeactivation();

    [Fact(DisplayName = "memory: keys that look like hex stay apart")]
    public Task HexKeys() => HexLookingKeysStayApart();
}
