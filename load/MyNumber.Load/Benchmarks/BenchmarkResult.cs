namespace MyNumber.Load.Benchmarks;

/// <summary>One measured figure, with what it is compared against and the goal it must meet.</summary>
public sealed record BenchmarkResult(string Name, double Value, double Baseline, string Unit, string Goal, bool GoalMet, string Detail);
