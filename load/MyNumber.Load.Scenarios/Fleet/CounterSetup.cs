using MyNumber.Contracts.Municipality;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Operations;

namespace MyNumber.Load.Scenarios.Fleet;

/// <summary>
/// The municipal counters of a scenario as the municipality grain takes them: windows, hours (Japan time),
/// minutes at the window per procedure and the daily cap. Service times in a scenario file are per
/// operation; operations that share a procedure (apply and renew-card) take the longer of their times.
/// </summary>
public sealed record CounterSetup(
    int Windows,
    TimeOnly Opens,
    TimeOnly Closes,
    IReadOnlyDictionary<CounterProcedure, TimeSpan> ServiceTimes,
    int? DailyCapacity)
{
    public static CounterSetup From(CounterCapacity counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        var times = new SortedDictionary<CounterProcedure, TimeSpan>();
        foreach (var (operation, time) in counters.ServiceTimes.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (CounterOperations.ProcedureOf(operation) is not { } procedure) continue;
            times[procedure] = times.TryGetValue(procedure, out var known) && known > time ? known : time;
        }
        return new CounterSetup(counters.WindowsPerMunicipality, counters.Opens, counters.Closes, times, counters.DailyCapacityPerMunicipality);
    }
}
