namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// Shares of residents by the age bands the rules care about: under 15 (no signing certificate, no kiosk,
/// R-VAL-4, R-KIOSK-1), 15–17 (five-year card, R-VAL-1), 18–64, and 65 and over. The shares sum to 1.
/// </summary>
public sealed record AgeMix(double Under15, double From15To17, double From18To64, double From65);
