using System.Globalization;
using MyNumber.Cli.Cards;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Cli.Bench;

/// <summary>
/// The share of a clinic verification by PIN spent in the chip, for a virtual card attached through the
/// bridge (pcscd + vpcd), against the same check on the resident's simulated card.
/// </summary>
public static class BridgeFigures
{
    public static async Task<IReadOnlyList<BenchFigure>> MeasureAsync(BenchSettings settings, CancellationToken cancel)
    {
        BridgeBenchFigures f;
        try { f = await BridgeBench.RunAsync(checks: settings.Full ? 500 : 50, cancellationToken: cancel); }
        catch (PcscException e) { throw new BenchUnavailableException($"PC/SC not available ({e.Error}): {e.Message}"); }
        var inv = CultureInfo.InvariantCulture;
        return
        [
            new("bridge.clinic-check", f.ClinicCheckMedianMs, "ms", f.SimulatedCheckMedianMs, "measured (no goal set)", true,
                string.Create(inv, $"{f.Checks} clinic checks by PIN through the attached virtual card, p99 {f.ClinicCheckP99Ms:0.##} ms; baseline: the same check on the simulated card")),
            new("bridge.chip-share", Math.Round(f.ChipShare, 3), "share", 1, "measured (no goal set)", true,
                string.Create(inv, $"chip {f.ChipMedianMs:0.##} ms of bridge round trip {f.BridgeRoundTripMedianMs:0.##} ms + fleet verification {f.FleetVerificationMedianMs:0.##} ms (medians)")),
        ];
    }
}
