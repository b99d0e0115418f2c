using MyNumber.Load.Reports;
using MyNumber.Load.Scenarios.Definition;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// How to run a scenario. <see cref="Duration"/> is wall time in real and accelerated mode and the wall
/// cap in stepped mode; <see cref="Seed"/> chooses arrivals and residents; <see cref="Build"/> goes into the
/// operation log's header.
/// </summary>
public sealed record ScenarioRunOptions(ScaleSpec Scale, TimeSpan Duration, ulong Seed, string ReportDirectory, string Build)
{
    public bool LiveConsole { get; init; }

    public int MaxInFlight { get; init; } = 10_000;

    public int SteppedCopies { get; init; } = 64;

    public TimeSpan ReportingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The run's annotation sink, for what a caller injects beside the run (a silo killed by process id) to be
    /// stamped on the report when it happens; null: the run's own. Serves one run.
    /// </summary>
    public RunAnnotations? Annotations { get; init; }
}
