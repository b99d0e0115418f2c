using MyNumber.Load.Thresholds;

namespace MyNumber.Load.Reports;

/// <summary>The one result every report format is written from (schema-versioned JSON is its plain form).</summary>
public sealed record RunReport(
    int SchemaVersion,
    string RunId,
    DateTimeOffset StartedAtUtc,
    double DurationSeconds,
    double ReportingIntervalSeconds,
    GeneratorReport Generator,
    IReadOnlyList<ScenarioReport> Scenarios,
    IReadOnlyList<ThresholdResult> Thresholds,
    bool Aborted,
    string? AbortReason,
    int ExitCode)
{
    public const int CurrentSchemaVersion = 1;

    public bool ThresholdsPassed => Thresholds.All(t => t.Passed);
}
