namespace MyNumber.Cli.Bench;

/// <summary>A named set of figures measured together (they share a set-up such as a silo or a CA).</summary>
public sealed record BenchGroup(string Name, string Description, Func<BenchSettings, CancellationToken, Task<IReadOnlyList<BenchFigure>>> Measure);
