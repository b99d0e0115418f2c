namespace MyNumber.Load.Scenarios.Definition;

/// <summary>An operation a scenario can put in its mix, with the channel it happens on.</summary>
public sealed record OperationInfo(string Name, OperationChannel Channel, string Description);
