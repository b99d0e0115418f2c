using MyNumber.Contracts.Municipality;

namespace MyNumber.Grains.Municipality;

/// <summary>Counter windows and the service time of each procedure ("Municipality" section of a profile).</summary>
public sealed class MunicipalitySettings
{
    public const string SectionName = "Municipality";

    public int Windows { get; set; } = 4;

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
}
