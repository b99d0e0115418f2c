using System.Globalization;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Cli.Scenarios;

/// <summary>
/// A run's <see cref="FleetSetup"/> as silo configuration (command-line overrides of the profile): the
/// population's seed, size, as-of day and mix, the counters of the municipality grains, kiosk print time,
/// and the fault schedule. The scenario library knows no silo settings; this is where the two meet.
/// </summary>
public static class FleetArguments
{
    public static IReadOnlyList<string> For(FleetSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var c = CultureInfo.InvariantCulture;
        var args = new List<string>
        {
            $"--Population:Seed={((ulong)setup.PopulationSeed).ToString(c)}",
            $"--Population:Size={setup.Residents.ToString(c)}",
            $"--Population:AsOf={setup.AsOf.ToString("yyyy-MM-dd", c)}",
            $"--Population:Municipalities={setup.Municipalities.ToString(c)}",
        };
        if (setup.Mix is { } mix)
        {
            args.Add(Share("Population:Under15Share", mix.Ages.Under15));
            args.Add(Share("Population:From15To17Share", mix.Ages.From15To17));
            args.Add(Share("Population:From18To64Share", mix.Ages.From18To64));
            args.Add(Share("Population:From65Share", mix.Ages.From65));
            args.Add(Share("Population:ForeignShare", mix.ForeignShare));
            args.Add(Share("Population:CardHolderShare", mix.CardHolderShare));
            args.Add(Share("Population:FaceAuthenticationShare", mix.FaceAuthShare));
            args.Add(Share("Population:SmartphoneShare", mix.SmartphoneShare));
            args.Add(Share("Population:InsuranceRegisteredShare", mix.InsuranceRegisteredShare));
        }
        if (setup.Counters is { } counters)
        {
            args.Add($"--Municipality:Windows={counters.Windows.ToString(c)}");
            args.Add($"--Municipality:Opens={counters.Opens.ToString("HH':'mm", c)}");
            args.Add($"--Municipality:Closes={counters.Closes.ToString("HH':'mm", c)}");
            foreach (var (procedure, time) in counters.ServiceTimes)
                args.Add($"--Municipality:ServiceMinutes:{procedure}={time.TotalMinutes.ToString("R", c)}");
        }
        if (setup.Kiosks is { } kiosks) args.Add($"--Kiosk:PrintTime={kiosks.PrintTime.ToString("c", c)}");
        args.AddRange(FaultArguments.For(setup));
        return args;
    }

    private static string Share(string key, double value) => $"--{key}={value.ToString("R", CultureInfo.InvariantCulture)}";
}
