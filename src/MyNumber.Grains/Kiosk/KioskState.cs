namespace MyNumber.Grains.Kiosk;

/// <summary>What a kiosk keeps across restarts: its counts, above all the invariant violations.</summary>
[GenerateSerializer, Immutable, Alias("mn.KioskState")]
public sealed record KioskState(
    [property: Id(0)] int Printed,
    [property: Id(1)] int Refused,
    [property: Id(2)] int InvariantViolations);
