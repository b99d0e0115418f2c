namespace MyNumber.Jpki.Benchmarks;

/// <summary>
/// One measured figure with its baseline from the same run, in the shape of <c>mynumber bench --json</c>:
/// <c>name, value, unit, baseline, ratio, goal, met</c>. <see cref="Ratio"/> is value ÷ baseline; the goal is a
/// minimum ratio.
/// </summary>
public sealed record CryptoFigure(string Name, double Value, string Unit, double Baseline, double Goal)
{
    public double Ratio => Baseline > 0 ? Value / Baseline : 0;

    public bool Met => Ratio >= Goal;
}
