namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>Store kiosks of the scenario: the print time of one certificate (calibration.md: "2 min or more").</summary>
public sealed record KioskSetup(TimeSpan PrintTime);
