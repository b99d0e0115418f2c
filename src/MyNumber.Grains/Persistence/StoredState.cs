namespace MyNumber.Grains.Persistence;

/// <summary>
/// The persisted holder of a grain's immutable state record. <see cref="Value"/> is null until the grain
/// first changes: an untouched grain derives its state (from the population generator) and writes nothing.
/// A class with a parameterless constructor, because storage providers create empty state instances.
/// </summary>
[GenerateSerializer, Alias("mn.StoredState`1")]
public sealed class StoredState<T> where T : class
{
    [Id(0)] public T? Value { get; set; }
}
