using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Faults;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Kiosk;
using MyNumber.Grains.Municipality;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;
using MyNumber.Silo.Faults;
using MyNumber.Silo.Storage;
using Orleans.Configuration;

namespace MyNumber.Silo;

/// <summary>
/// Applies a silo profile to an <see cref="ISiloBuilder"/>: the one place where clustering, storage,
/// reminders, the storage serializer and the simulated clock are chosen. The CLI's <c>mynumber silo</c>
/// and the test clusters both go through here, so what is tested is what runs.
/// </summary>
public static class SiloHostBuilder
{
    /// <summary>Configures <paramref name="silo"/> from a profile's configuration (sections Silo, Clock, Population).</summary>
    public static ISiloBuilder Configure(ISiloBuilder silo, IConfiguration profileConfig)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(profileConfig);
        var profile = profileConfig.GetSection(SiloProfile.SectionName).Get<SiloProfile>() ?? new SiloProfile();

        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = profile.ClusterId;
            o.ServiceId = profile.ServiceId;
        });
        // Scheduled storage faults go in front of the backend; without them the backend is the provider itself.
        var faults = profileConfig.GetSection(FaultSettings.SectionName).Get<FaultSettings>() ?? new FaultSettings();
        var wrapped = FaultInjectionExtensions.WrapsStorage(faults);
        ConfigureBackend(silo, profile, wrapped ? FaultInjectionExtensions.InnerStorageName : SiloProfile.StorageName);
        if (wrapped) silo.AddFaultInjectingStorage(SiloProfile.StorageName);
        // Plain JSON without CLR type names: renaming a state type must not orphan stored state. Chosen
        // before any data exists because the Newtonsoft default cannot read it (and the reverse).
        silo.UseSystemTextJsonGrainStorageSerializer();
        AddFleetServices(silo.Services, profileConfig);
        // A client in another process (`mynumber run --cluster`) sets the simulated time through the cluster clock.
        silo.Services.AddHostedService<Cluster.ClusterClockFollower>();
        return silo;
    }

    /// <summary>
    /// The services grains need whatever the backend: the cluster clock (as <see cref="FleetClock"/>; the
    /// silo's own TimeProvider stays the system clock) and the population generator. Test clusters call
    /// this and then register a <see cref="FleetClock"/> over a fake TimeProvider, which wins as the last one.
    /// </summary>
    public static void AddFleetServices(IServiceCollection services, IConfiguration profileConfig)
    {
        var clock = profileConfig.GetSection(ClockSettings.SectionName).Get<ClockSettings>() ?? new ClockSettings();
        var population = profileConfig.GetSection(PopulationSettings.SectionName).Get<PopulationSettings>()
            ?? new PopulationSettings();
        services.AddSingleton(clock.CreateProvider());
        services.AddSingleton(sp => new FleetClock(sp.GetRequiredService<SimulatedTimeProvider>()));
        services.AddSingleton(population);
        services.AddSingleton<PopulationGenerator>();
        var jpki = profileConfig.GetSection(JpkiSettings.SectionName).Get<JpkiSettings>() ?? new JpkiSettings();
        services.AddSingleton(jpki);
        services.AddSingleton<JpkiServices>();
        services.AddSingleton(new CertificateCache());
        services.AddSingleton<CardCertificates>();
        services.AddSingleton(profileConfig.GetSection(MunicipalitySettings.SectionName).Get<MunicipalitySettings>()
            ?? new MunicipalitySettings());
        services.AddSingleton(profileConfig.GetSection(KioskSettings.SectionName).Get<KioskSettings>() ?? new KioskSettings());
        services.AddSingleton(new FaultSchedule(profileConfig.GetSection(FaultSettings.SectionName).Get<FaultSettings>()
            ?? new FaultSettings()));
    }

    private static void ConfigureBackend(ISiloBuilder silo, SiloProfile profile, string storageName)
    {
        switch (profile.Backend)
        {
            case SiloProfile.Memory:
                silo.UseLocalhostClustering(profile.SiloPort, profile.GatewayPort, serviceId: profile.ServiceId,
                    clusterId: profile.ClusterId);
                // In-process table instead of Orleans' memory storage, whose storage grains made every write a
                // grain call plus copies (Storage/EmbeddedGrainStorage.cs). Same limits: one silo, no durability.
                silo.AddEmbeddedGrainStorage(storageName);
                silo.UseInMemoryReminderService();
                break;
            case SiloProfile.Postgres:
                var cs = profile.ResolveConnectionString();
                // Explicit loopback: left to itself a silo advertises an address resolved from the host name.
                silo.ConfigureEndpoints(IPAddress.Loopback, profile.SiloPort, profile.GatewayPort);
                silo.UseAdoNetClustering(o => { o.Invariant = "Npgsql"; o.ConnectionString = cs; });
                silo.AddAdoNetGrainStorage(storageName, o => { o.Invariant = "Npgsql"; o.ConnectionString = cs; });
                silo.UseAdoNetReminderService(o => { o.Invariant = "Npgsql"; o.ConnectionString = cs; });
                break;
            default:
                throw new InvalidOperationException(
                    $"Silo profile '{profile.Profile}': unknown Silo:Backend '{profile.Backend}' " +
                    $"(expected '{SiloProfile.Memory}' or '{SiloProfile.Postgres}').");
        }
    }
}
