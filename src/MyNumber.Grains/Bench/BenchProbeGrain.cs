using MyNumber.Contracts.Bench;

namespace MyNumber.Grains.Bench;

/// <summary>A no-op grain: what a raw grain call costs, the fleet-rate figure's baseline.</summary>
[GrainType("bench-probe")]
public sealed class BenchProbeGrain : Grain, IBenchProbeGrain
{
    private int _calls;

    public ValueTask<int> PingAsync(int value) => ValueTask.FromResult(++_calls + value);
}
