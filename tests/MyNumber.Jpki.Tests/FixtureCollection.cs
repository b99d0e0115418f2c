namespace MyNumber.Jpki.Tests;

[CollectionDefinition(Name)]
public sealed class FixtureCollection : ICollectionFixture<JpkiFixture>
{
    public const string Name = "jpki";
}
