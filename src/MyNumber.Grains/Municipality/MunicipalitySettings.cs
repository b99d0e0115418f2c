using MyNumber.Contracts.Municipality;

namespace MyNumber.Grains.Municipality;

/// <summary>
/// Counter windows, opening hours and the service time of each procedure ("Municipality" section of a
/// profile; a scenario run sets them from the scenario's counters).
/// </summary>
public sealed class MunicipalitySettings
{
    public const string SectionName = "Municipality";

    public int Windows { get; set; } = 4;

    /// <summary>Japan time the counters open and close; without both, the counters never close.</summary>
    public TimeSpan? Opens { get; set; }

    public TimeSpan? Closes { get; set; }

    /// <summary>Minutes at the window per procedure.</summary>
    public Dictionary<CounterProcedure, double> ServiceMinutes { get; set; } = new()
    {
        [CounterProcedure.Application] = 15,
        [CounterProcedure.Handover] = 20,
        [CounterProcedure.Renewal] = 15,
        [CounterProcedure.PinReset] = 10,
        [CounterProcedure.SuspensionLift] = 10,
        [CounterProcedure.TransferIn] = 25,
        [CounterProcedure.TransferOut] = 15,
    };

    public TimeSpan ServiceTime(CounterProcedure procedure) =>
        TimeSpan.FromMinutes(ServiceMinutes.TryGetValue(procedure, out var m) ? m : 15);

    /// <summary>
    /// How long after <paramref name="japanTimeOfDay"/> the counters next take people: zero while open, else
    /// until the opening (today's, or tomorrow's after closing). Those still queued at closing are served.
    /// </summary>
    public TimeSpan UntilOpen(TimeSpan japanTimeOfDay)
    {
        if (Opens is not { } opens || Closes is not { } closes || closes <= opens) return TimeSpan.Zero;
        if (japanTimeOfDay >= opens && japanTimeOfDay < closes) return TimeSpan.Zero;
        return japanTimeOfDay < opens ? opens - japanTimeOfDay : TimeSpan.FromDays(1) - japanTimeOfDay + opens;
    }
}
