using Xunit.Abstractions;
using MyNumber.Cli.Cards;

namespace MyNumber.Bridge.Tests;

/// <summary>The bench's bridge figure, by default at a size that only proves it measures what it says.</summary>
[Collection(BridgeCollection.Name)]
public sealed class BridgeBenchTests(ITestOutputHelper output)
{
    [PcscFact]
    public async Task Bridge_bench_splits_a_clinic_check_into_chip_bridge_and_fleet_time()
    {
        // MYNUMBER_BRIDGE_BENCH_CHECKS runs it at a size worth quoting (the figures go to the test output).
        var checks = int.TryParse(Environment.GetEnvironmentVariable("MYNUMBER_BRIDGE_BENCH_CHECKS"), out var n) ? n : 5;
        var figures = await BridgeBench.RunAsync(checks, VirtualSlot.Port, VirtualSlot.Reader, BridgeFleet.JpkiSeed);
        output.WriteLine(figures.ToString());

        Assert.Equal(checks, figures.Checks);
        Assert.InRange(figures.ChipShare, 0.01, 1.0);
        Assert.True(figures.ChipMedianMs > 0 && figures.ChipMedianMs <= figures.BridgeRoundTripMedianMs,
            $"chip {figures.ChipMedianMs} ms vs bridge round trip {figures.BridgeRoundTripMedianMs} ms");
        Assert.True(figures.FleetVerificationMedianMs > 0);
        Assert.True(figures.ClinicCheckP99Ms >= figures.ClinicCheckMedianMs);
        Assert.True(figures.SimulatedCheckMedianMs > 0);
    }
}
