namespace MyNumber.Load.Scenarios.Definition;

/// <summary>The fields an object of a scenario file must have and may have; anything else is an error.</summary>
public sealed record SectionFields(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);

    public bool Allows(string name) => Required.Contains(name) || Optional.Contains(name);
}
