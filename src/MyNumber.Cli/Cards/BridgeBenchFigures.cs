namespace MyNumber.Cli.Cards;

/// <summary>
/// What <see cref="BridgeBench"/> measured, in milliseconds (medians unless named p99) over
/// <see cref="Checks"/> clinic eligibility checks by PIN of one attached virtual card.
/// <see cref="ChipShare"/> is chip time / (bridge round trip + fleet-side verification), 0–1.
/// </summary>
public sealed record BridgeBenchFigures(
    int Checks,
    double ClinicCheckMedianMs,
    double ClinicCheckP99Ms,
    double BridgeRoundTripMedianMs,
    double ChipMedianMs,
    double FleetVerificationMedianMs,
    double ChipShare,
    double SimulatedCheckMedianMs);
