using System.Globalization;
using MyNumber.Cli.Commands;

namespace MyNumber.Cli.Bench;

/// <summary>Prints figures as a table for people or, with <c>--json</c>, as an array with exactly the fixed fields.</summary>
public static class BenchPrinter
{
    public static void Json(TextWriter output, IEnumerable<BenchFigure> figures) =>
        output.WriteLine(CliJson.Serialize(figures.Select(f => new
        {
            name = f.Name, value = f.Value, unit = f.Unit, baseline = f.Baseline, ratio = f.Ratio, goal = f.Goal, met = f.Met,
        })));

    public static void Table(TextWriter output, BenchFigure f)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv,
            $"{f.Name,-28} {f.Value,14:G6} {f.Unit,-10} baseline {f.Baseline,12:G6}  ratio {f.Ratio,9:G4}  goal {f.Goal,-24} {(f.Met ? "MET" : "NOT MET")}"));
        output.WriteLine($"    {f.Detail}");
    }
}
