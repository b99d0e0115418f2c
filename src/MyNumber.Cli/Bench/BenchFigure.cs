namespace MyNumber.Cli.Bench;

/// <summary>
/// One figure of <c>mynumber bench</c>: a value measured with its baseline in the same run, their ratio
/// (value ÷ baseline), the goal the issue set, and whether it was met. <paramref name="Detail"/> says what
/// the baseline is and how the value was measured; it is printed, not part of <c>--json</c>'s fixed fields.
/// </summary>
public sealed record BenchFigure(string Name, double Value, string Unit, double Baseline, string Goal, bool Met, string Detail)
{
    public double Ratio => Baseline != 0 ? Math.Round(Value / Baseline, 4) : 0;
}
