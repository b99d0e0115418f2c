using Microsoft.Extensions.DependencyInjection;
using MyNumber.Grains.Faults;
using MyNumber.Grains.Time;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace MyNumber.Silo.Faults;

/// <summary>
/// Puts <see cref="FaultInjectingGrainStorage"/> in front of the profile's grain storage when the profile's
/// "Faults" section schedules storage faults. The backend is then registered as <see cref="InnerStorageName"/>
/// and grains keep asking for the usual provider name; without storage faults nothing changes.
/// </summary>
public static class FaultInjectionExtensions
{
    public const string InnerStorageName = "store-behind-faults";

    public static bool WrapsStorage(FaultSettings faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        return faults.Windows.Exists(w => w.Kind is FaultSchedule.StorageOutage or FaultSchedule.StorageLatency);
    }

    public static ISiloBuilder AddFaultInjectingStorage(this ISiloBuilder silo, string name)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddGrainStorage(name, (services, _) => new FaultInjectingGrainStorage(
            services.GetRequiredKeyedService<IGrainStorage>(InnerStorageName), services.GetRequiredService<FaultSchedule>(),
            services.GetRequiredService<FleetClock>()));
        return silo;
    }
}
