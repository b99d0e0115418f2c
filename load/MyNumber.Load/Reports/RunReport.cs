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

    /// <summary>What happened to the system during the run (outages, kills), on the intervals' time axis; added in schema 1 without a bump (readers ignore it).</summary>
    public IReadOnlyList<RunAnnotation> Annotations { get; init; } = [];

    public bool ThresholdsPassed => Thresholds.All(t => t.Passed);
}
