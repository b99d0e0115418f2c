namespace MyNumber.Load.Reports;

/// <summary>One point of a percentile distribution: the latency (ms) at or below which that share of values lie.</summary>
public sealed record PercentilePoint(double Percentile, double ValueMs);
