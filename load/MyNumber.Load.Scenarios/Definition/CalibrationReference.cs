namespace MyNumber.Load.Scenarios.Definition;

/// <summary>A calibration.md row a scenario's numbers come from, the figure taken from it and what it sets.</summary>
public sealed record CalibrationReference(CalibrationRow Row, string Figure, string Use);
