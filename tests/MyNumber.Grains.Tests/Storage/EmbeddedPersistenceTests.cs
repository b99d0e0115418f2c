namespace MyNumber.Grains.Tests.Storage;

/// <summary>The persistence contract every store meets, on the embedded store of the local profile.</summary>
[Collection(EmbeddedCollection.Name)]
public sealed class EmbeddedPersistenceTests(EmbeddedCluster fleet) : PersistenceContract(fleet)
{
    [Fact(DisplayName = "embedded: an untouched resident comes from the generator and writes nothing")]
    public Task Untouched() => UntouchedResidentIsGeneratedAndNotWritten();

    [Fact(DisplayName = "embedded: a changed resident survives deactivation")]
    public Task Changed() => ChangedResidentSurvivesDeactivation();

    [Fact(DisplayName = "R-PIN-2 embedded: the wrong-PIN counter survives deactivation")]
    public Task PinCounter() => PinCounterSurvivesDeactivation();

    [Fact(DisplayName = "embedded: keys that look like hex stay apart")]
    public Task HexKeys() => HexLookingKeysStayApart();
}
