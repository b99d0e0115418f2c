namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// The average arrival rate, stated at <see cref="Reference"/> scale: either a fixed <see cref="PerDay"/>
/// (files may write it per second), or derived from the population (<see cref="Derived"/>, e.g.
/// "renewals-due", where residents arrive when R-VAL-7 opens their renewal window) with an
/// <see cref="ExpectedPerDay"/> figure to check the population against.
/// </summary>
public sealed record BaseRate(double? PerDay, string? Derived, double? ExpectedPerDay, ScaleSpec Reference)
{
    public const string RenewalsDue = "renewals-due";

    public static IReadOnlyList<string> DerivedKinds { get; } = [RenewalsDue];

    /// <summary>Average arrivals per second at <paramref name="scale"/>; null when the population sets the rate.</summary>
    public double? PerSecondAt(ScaleSpec scale) => PerDay / 86_400 * scale.RelativeTo(Reference);
}
