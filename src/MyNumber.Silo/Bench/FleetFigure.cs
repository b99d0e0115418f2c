namespace MyNumber.Silo.Bench;

/// <summary>
/// One benchmark figure as <c>mynumber bench --json</c> prints it: the value, its baseline measured in the
/// same run, value ÷ baseline, and whether the ratio meets the goal (at least, or at most, <see cref="Goal"/>).
/// </summary>
public sealed record FleetFigure(string Name, double Value, string Unit, double Baseline, double Goal, bool HigherIsBetter)
{
    public double Ratio => Baseline == 0 ? 0 : Value / Baseline;

    public bool Met => HigherIsBetter ? Ratio >= Goal : Ratio <= Goal;
}
