using MyNumber.Load.Reports;
using MyNumber.Load.Timing;

namespace MyNumber.Load;

/// <summary>What a scenario's init and clean hooks receive; <see cref="Annotations"/> stamps the run's timeline.</summary>
public sealed record ScenarioInitContext(string ScenarioName, ILoadClock Clock, CancellationToken CancellationToken, RunAnnotations Annotations);
