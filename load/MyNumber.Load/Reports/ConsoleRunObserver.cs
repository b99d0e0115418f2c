using System.Globalization;
using Spectre.Console;

namespace MyNumber.Load.Reports;

/// <summary>
/// Live progress on the console: a Spectre.Console table (progress, current rates, p99) redrawn in
/// place on a terminal, or one plain line per scenario and interval when output is redirected (CI logs).
/// Drawing happens on its own thread, so the dispatcher only stores the latest progress.
/// </summary>
public sealed class ConsoleRunObserver : IRunObserver, IDisposable
{
    private readonly IAnsiConsole console;
    private readonly bool live;
    private readonly ManualResetEventSlim finished = new(false);
    private volatile RunProgress? latest;
    private Thread? renderer;

    public ConsoleRunObserver(IAnsiConsole? console = null, bool? interactive = null)
    {
        this.console = console ?? AnsiConsole.Console;
        live = interactive ?? (this.console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected);
    }

    public void OnProgress(RunProgress progress)
    {
        latest = progress;
        if (!live)
        {
            // Straight to the writer: Spectre wraps at 80 columns when output is redirected, which splits CI log lines.
            foreach (var (name, i) in progress.Latest)
                console.Profile.Out.Writer.WriteLine(PlainLine(progress, name, i));
            return;
        }
        if (renderer is not null) return;
        renderer = new Thread(Render) { IsBackground = true, Name = "load console" };
        renderer.Start();
    }

    public void OnCompleted(RunReport report)
    {
        finished.Set();
        renderer?.Join();
        string verdict = !report.Generator.IsValid ? "INVALID RUN (generator fell behind)"
            : report.ThresholdsPassed ? "passed" : "thresholds FAILED";
        string line = string.Create(CultureInfo.InvariantCulture, $"load run {report.RunId}: {verdict}, exit code {report.ExitCode}");
        if (live) console.WriteLine(line);
        else console.Profile.Out.Writer.WriteLine(line);
    }

    public void Dispose() => finished.Dispose();

    /// <summary>One line per scenario and interval; stable wording for CI logs.</summary>
    public static string PlainLine(RunProgress p, string scenario, IntervalReport i) => string.Create(CultureInfo.InvariantCulture,
        $"[{p.Phase} {p.ElapsedSeconds:0.0}{(p.PlannedSeconds is { } planned ? $"/{planned:0.0}" : "")} s] {scenario}: offered {i.OfferedRate:0.#}/s achieved {i.AchievedRate:0.#}/s p99 {i.LatencyP99Ms:0.###} ms in-flight {i.InFlight} failed {i.Failed} dropped {i.Dropped}");

    private void Render()
    {
        var table = NewTable();
        console.Live(table).AutoClear(false).Start(context =>
        {
            while (!finished.Wait(250))
            {
                if (latest is { } p) Fill(table, p);
                context.Refresh();
            }
            if (latest is { } last) Fill(table, last);
            context.Refresh();
        });
    }

    private static Table NewTable()
    {
        var table = new Table().Title("load run");
        foreach (var column in new[] { "scenario", "progress", "offered/s", "achieved/s", "p99 ms", "in flight", "failed", "dropped" })
            table.AddColumn(column);
        return table;
    }

    private static void Fill(Table table, RunProgress p)
    {
        table.Rows.Clear();
        string bar = p.PlannedSeconds is { } planned && planned > 0 ? Bar(p.ElapsedSeconds / planned) : $"{p.ElapsedSeconds:0.0} s";
        table.Title = new TableTitle($"load run, {p.Phase}");
        foreach (var (name, i) in p.Latest)
        {
            var c = CultureInfo.InvariantCulture;
            table.AddRow(Markup.Escape(name), bar, i.OfferedRate.ToString("0.#", c), i.AchievedRate.ToString("0.#", c),
                i.LatencyP99Ms.ToString("0.###", c), i.InFlight.ToString(c), i.Failed.ToString(c), i.Dropped.ToString(c));
        }
    }

    private static string Bar(double fraction)
    {
        int filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * 20);
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', 20 - filled)}[/] {Math.Clamp(fraction, 0, 1) * 100:0}%";
    }
}
