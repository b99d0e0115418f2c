namespace MyNumber.Contracts.Bench;

/// <summary>The baseline of the fleet-rate figure: a grain call that does nothing.</summary>
[Alias("mn.IBenchProbeGrain")]
public interface IBenchProbeGrain : IGrainWithIntegerKey
{
    [Alias("Ping")] ValueTask<int> PingAsync(int value);
}
