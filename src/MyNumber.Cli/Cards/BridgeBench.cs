using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using MyNumber.CardEmulator;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Jpki;
using MyNumber.Grains.Population;
using MyNumber.SmartCard.Pcsc;

namespace MyNumber.Cli.Cards;

/// <summary>
/// The bridge figure for <c>mynumber bench</c>: how much of a clinic eligibility check by PIN is spent in the
/// chip when the card is attached. An embedded fleet (100,000 residents), a fleet-issued virtual card in
/// vpcd and an in-process attach loop; each round times the chip's part (PIN VERIFY + sign + certificate
/// read through pcscd + vpcd, measured on the attach side), the bridge round trip around it, the
/// fleet-side verification of the result (verifier worker + resident), and a whole check; the baseline is
/// the same check on the resident's simulated card. The JPKI seed only picks which (disk-cached) keys are used. Needs pcscd with vpcd (<see cref="PcscException"/> otherwise).
/// </summary>
public static class BridgeBench
{
    public static async Task<BridgeBenchFigures> RunAsync(int checks = 50, int port = VirtualCardHost.DefaultPort + 1,
        string reader = "Virtual PCD 00 01", string jpkiSeed = "bridge-bench", CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(checks, 1);
        using (var probe = PcscContext.Establish())
        {
            if (!probe.WaitForCard(reader, present: false, TimeSpan.FromSeconds(5)))
                throw new PcscException(PcscError.SharingViolation, 0, $"\"{reader}\" already holds a card; the bench needs it empty.");
        }

        await using var fleet = await EmbeddedFleet.StartAsync("local",
        [
            "--Population:Size=100000", $"--Jpki:Seed={jpkiSeed}", "--Jpki:CardKeys=2",
            $"--Jpki:KeyCacheDirectory={Path.Combine(Path.GetTempPath(), "mynumber-jpki-keys")}",
            "--Clock:Mode=stepped", "--Clock:Start=2026-03-02T01:00:00Z",
        ], cancellationToken).ConfigureAwait(false);
        var population = fleet.Services.GetRequiredService<PopulationGenerator>();
        var holder = FleetCard.FirstUsableResident(population, 1_000);
        var card = FleetCard.ForResident(population, fleet.Services.GetRequiredService<JpkiServices>(), holder);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pinFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(pinFile, card.UserPin + "\n", cancellationToken).ConfigureAwait(false);
        var host = VirtualCardHost.RunAsync(card, port, stop.Token);
        var attachment = new ReaderAttachment(fleet.Grains,
            new AttachOptions(reader, holder, PinSource.Parse("file:" + pinFile, TextReader.Null, TextWriter.Null), []), TextWriter.Null);
        var loop = attachment.RunAsync(stop.Token);
        try
        {
            var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(holder));
            await WaitForRegistrationAsync(bridge).ConfigureAwait(false);
            return await MeasureAsync(fleet.Grains, bridge, attachment.Agent, holder, population.Pins(holder).FourDigits, checks).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await loop.ConfigureAwait(false);
            await attachment.DisposeAsync().ConfigureAwait(false);
            await host.ConfigureAwait(false);
            File.Delete(pinFile);
        }
    }

    private static async Task<BridgeBenchFigures> MeasureAsync(IGrainFactory grains, IReaderBridgeGrain bridge, CardReaderAgent agent,
        long holder, string simulatedPin, int checks)
    {
        var verifier = grains.GetGrain<ICertificateVerifierGrain>(0);
        var resident = grains.GetGrain<IResidentGrain>(FleetKeys.Resident(holder));
        var clinic = grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader("bench"));
        var (whole, roundTrip, chip, fleetSide, simulated, shares) = (new double[checks], new double[checks], new double[checks], new double[checks], new double[checks], new double[checks]);
        for (var i = -3; i < checks; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin).ConfigureAwait(false);
            var wholeMs = Ms(started);
            if (!answer.Eligible) throw new InvalidOperationException($"the attached card's clinic check was refused ({answer.Reason})");

            var challenge = RandomNumberGenerator.GetBytes(32);
            started = Stopwatch.GetTimestamp();
            var signed = await bridge.SignChallengeAsync(CertificateUse.UserAuthentication, challenge).ConfigureAwait(false);
            var roundTripMs = Ms(started);
            var chipMs = agent.LastChipTime.TotalMilliseconds;
            started = Stopwatch.GetTimestamp();
            var verified = await verifier.VerifySignatureAsync(signed.Certificate, CertificateUse.UserAuthentication, challenge, signed.Signature).ConfigureAwait(false);
            await resident.GetAsync().ConfigureAwait(false);
            var fleetMs = Ms(started);
            if (!verified.Valid) throw new InvalidOperationException($"the fleet refused the chip's signature ({verified.Reason})");

            started = Stopwatch.GetTimestamp();
            await clinic.ConfirmEligibilityAsync(FleetKeys.Card(holder, 0), ClinicIdentificationMethod.Pin, simulatedPin).ConfigureAwait(false);
            var simulatedMs = Ms(started);
            if (i < 0) continue; // warm-up: activations, caches, the first connect
            (whole[i], roundTrip[i], chip[i], fleetSide[i], simulated[i]) = (wholeMs, roundTripMs, chipMs, fleetMs, simulatedMs);
            shares[i] = chipMs / (roundTripMs + fleetMs);
        }

        return new BridgeBenchFigures(checks, Median(whole), Percentile(whole, 0.99), Median(roundTrip), Median(chip),
            Median(fleetSide), Median(shares), Median(simulated));
    }

    private static async Task WaitForRegistrationAsync(IReaderBridgeGrain bridge)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await bridge.GetStatusAsync().ConfigureAwait(false);
            if (status.CardRegistered) return;
            await Task.Delay(50).ConfigureAwait(false);
        }

        throw new InvalidOperationException("the virtual card did not join the fleet within 10 s (is vpcd listening?)");
    }

    private static double Ms(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    private static double Median(double[] values) => Percentile(values, 0.5);

    private static double Percentile(double[] values, double quantile)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
