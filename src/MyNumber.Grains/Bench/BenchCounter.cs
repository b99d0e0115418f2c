namespace MyNumber.Grains.Bench;

/// <summary>The one small persistent state of the memory baseline grain.</summary>
[GenerateSerializer, Alias("mn.BenchCounter")]
public sealed class BenchCounter
{
    [Id(0)] public int Value { get; set; }
}
