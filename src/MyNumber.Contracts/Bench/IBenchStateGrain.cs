namespace MyNumber.Contracts.Bench;

/// <summary>The baseline of the memory figure: a trivial grain with one persistent state, written once.</summary>
[Alias("mn.IBenchStateGrain")]
public interface IBenchStateGrain : IGrainWithIntegerKey
{
    [Alias("Touch")] Task TouchAsync();
}
