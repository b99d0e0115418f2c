using MyNumber.Load.Timing;

namespace MyNumber.Load;

/// <summary>What a scenario's init and clean hooks receive.</summary>
public sealed record ScenarioInitContext(string ScenarioName, ILoadClock Clock, CancellationToken CancellationToken);
