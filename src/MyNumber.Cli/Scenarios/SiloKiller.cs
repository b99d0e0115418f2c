using System.Diagnostics;
using System.Globalization;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Cli.Scenarios;

/// <summary>
/// The silo-kill fault of a <c>--cluster</c> run: at the fault's simulated instant, mapped to the run's wall
/// clock, the next silo process of <c>--kill-pid</c> is killed outright (SIGKILL on Linux, as a crashed node
/// dies). Restarting it is left to whoever runs the silos; the report's timeline shows the window.
/// </summary>
public static class SiloKiller
{
    /// <summary>Why the kills of <paramref name="plan"/> cannot be done with <paramref name="pids"/> (empty when they can).</summary>
    public static IReadOnlyList<string> Problems(ArrivalPlan plan, IReadOnlyList<int> pids)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pids);
        int kills = plan.Scenario.Faults.Count(f => f.Kind == FaultKind.SiloKill);
        if (kills == 0) return [];
        if (plan.Stepped) return ["fault silo-kill needs real or accelerated time (a stepped run has no wall instant to kill at)"];
        return pids.Count >= kills ? [] : [$"fault silo-kill: {kills} kill(s) scheduled, give as many silo process ids with --kill-pid"];
    }

    /// <summary>Kills one silo per silo-kill fault at its instant; completes when all are done or the run is cancelled.</summary>
    public static async Task RunAsync(ArrivalPlan plan, IReadOnlyList<int> pids, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pids);
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var kills = plan.Scenario.Faults.Where(f => f.Kind == FaultKind.SiloKill).OrderBy(f => f.At).ToList();
        for (int i = 0; i < kills.Count && i < pids.Count; i++)
        {
            var due = TimeSpan.FromSeconds(Math.Max(0, (kills[i].At - plan.SimulatedStart).TotalSeconds / plan.Factor));
            if (due > watch.Elapsed) await Task.Delay(due - watch.Elapsed, cancellationToken).ConfigureAwait(false);
            try
            {
                using var silo = Process.GetProcessById(pids[i]);
                silo.Kill();
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "fault silo-kill: killed silo process {0} at run second {1:0.#} ({2:yyyy-MM-dd HH:mm} JST)",
                    pids[i], watch.Elapsed.TotalSeconds, kills[i].At.ToOffset(CalendarWindow.JapanOffset)));
            }
            catch (ArgumentException)
            {
                output.WriteLine($"fault silo-kill: no process {pids[i]} to kill");
            }
        }
    }
}
