namespace MyNumber.Load.Reports;

/// <summary>A live view of a run after each reporting interval: the latest interval of every scenario.</summary>
public sealed record RunProgress(string Phase, double ElapsedSeconds, double? PlannedSeconds, IReadOnlyDictionary<string, IntervalReport> Latest);
