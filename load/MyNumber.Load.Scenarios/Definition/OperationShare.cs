namespace MyNumber.Load.Scenarios.Definition;

/// <summary>One operation of the mix and its share of all arrivals.</summary>
public sealed record OperationShare(string Operation, double Share);
