using MyNumber.Contracts.Bench;

namespace MyNumber.Grains.Bench;

/// <summary>A trivial grain with one persistent state: the memory figure's baseline (the planning probe's shape).</summary>
[GrainType("bench-state")]
public sealed class BenchStateGrain(
    [PersistentState("bench-state", "store")] IPersistentState<BenchCounter> state) : Grain, IBenchStateGrain
{
    public async Task TouchAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
    }
}
