using System.Collections.Concurrent;
using MyNumber.CardEmulator;
using MyNumber.Cli.Cards;
using MyNumber.Contracts;
using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Clinic;
using Xunit.Abstractions;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// pcscd dies in the middle of a chip operation: a separate <c>mynumber attach --cluster --check</c> process
/// owns the reader of a pcscd of the test's own, the test kills that pcscd while the chip waits for the
/// holder's PIN, and then starts it again.
/// </summary>
[Collection(BridgeCollection.Name)]
public sealed class PcscdDeathTests(BridgeFleet fleet, ITestOutputHelper log)
{
    [OwnPcscdFact]
    public async Task A_pcscd_killed_mid_operation_is_service_gone_the_fleet_runs_on_and_the_card_comes_back_with_pcscd()
    {
        var holder = FleetCard.FirstUsableResident(fleet.Population, fleet.Holder + 500);
        var card = FleetCard.ForResident(fleet.Population, fleet.Jpki, holder);
        using var pcscd = new OwnPcscd();
        pcscd.Start();
        using var stopCard = new CancellationTokenSource();
        var inserted = VirtualCardHost.RunAsync(new JpkiCardProcessor(card), "127.0.0.1", pcscd.Port, stopCard.Token);
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(holder));
        var lookup = fleet.Grains.GetGrain<IAttachedCardLookupGrain>(0);
        var simulated = new SimulatedClinicLoad(fleet);
        await using (var attach = AttachProcess.Start(fleet.Silo, OwnPcscd.Reader, new Dictionary<string, string> { ["PCSCLITE_CSOCK_NAME"] = pcscd.SocketPath }, ["--check"]))
        {
            attach.Exited += output => log.WriteLine($"attach printed:\n{output}");
            await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registration through attach --cluster", seconds: 60);

            // Before: attach's own --check goes through the chip, the PIN typed at its prompt.
            await attach.WaitForAsync(a => a.PromptsSeen == 1, "the --check's PIN prompt");
            await attach.TypeAsync(card.UserPin);
            await attach.WaitForAsync(a => a.Count(CheckedEligible) == 1, "the --check's answer");

            // During: the chip waits for the PIN, pcscd dies, then the holder types it.
            var check = bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
            await attach.WaitForAsync(a => a.PromptsSeen == 2, "second PIN prompt");
            pcscd.Kill();
            await attach.TypeAsync(card.UserPin);
            var during = await check.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(BridgeReasons.ServiceGone, during.Reason);
            var gone = await Attached.WaitForAsync(bridge, s => !s.CardRegistered && s.LastReason == BridgeReasons.ServiceGone, "service-gone seen");
            Assert.True(gone.Attached, "the attach process still serves the bridge while pcscd is down");
            Assert.Equal(BridgeReasons.ServiceGone, (await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.FaceMatch)).Reason);
            await attach.WaitForAsync(a => a.Output.Contains("the PC/SC service is not running", StringComparison.Ordinal), "attach saying pcscd is gone");
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            Assert.True(attach.Running, $"attach died with pcscd:\n{attach.Output}");
            Assert.Equal(1, attach.Count("the PC/SC service is not running"));
            // The resident's clinic checks go back to the simulated card; the rest of the fleet never noticed.
            await WaitUntilAsync(async () => !await lookup.IsAttachedAsync(holder), "lookup forgetting the card");
            Assert.Null(await lookup.ConfirmEligibilityIfAttachedAsync(holder, ClinicIdentificationMethod.Pin));
            await simulated.CheckAsync(40);

            // After: pcscd is back, the card in its reader registers again and answers through its chip.
            pcscd.Start();
            await Attached.WaitForAsync(bridge, s => s.CardRegistered, "card registered again after pcscd restart", seconds: 30);
            await WaitUntilAsync(() => lookup.IsAttachedAsync(holder), "lookup seeing the card again");
            Assert.True((await CheckThroughChipAsync(bridge, attach, card.UserPin, 3)).Eligible, attach.Output);
            Assert.Contains($"watching \"{OwnPcscd.Reader}\" again", attach.Output, StringComparison.Ordinal);
            // The card never left its reader: registering it again after the fault is not a new insertion to check.
            Assert.Equal(1, attach.Count(CheckedEligible));

            Assert.Equal(0, await attach.StopAsync());
            Assert.DoesNotContain("Unhandled exception", attach.Output, StringComparison.Ordinal);
        }

        await stopCard.CancelAsync();
        await inserted;
        Assert.False((await bridge.GetStatusAsync()).Attached);
        Assert.Empty(simulated.Faults);
    }

    private const string CheckedEligible = "clinic check by PIN through the chip: eligible";

    private static async Task<EligibilityAnswer> CheckThroughChipAsync(IReaderBridgeGrain bridge, AttachProcess attach, string pin, int prompt)
    {
        var check = bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin);
        await attach.WaitForAsync(a => a.PromptsSeen == prompt, $"PIN prompt {prompt}");
        await attach.TypeAsync(pin);
        return await check.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        for (var i = 0; i < 100 && !await condition(); i++) await Task.Delay(50);
        Assert.True(await condition(), what);
    }

    /// <summary>Clinic checks by PIN of simulated residents; any exception is a fault of the fleet.</summary>
    private sealed class SimulatedClinicLoad(BridgeFleet fleet)
    {
        public ConcurrentBag<string> Faults { get; } = [];

        public async Task CheckAsync(int checks)
        {
            var eligible = 0;
            for (var i = 0; i < checks; i++)
            {
                var resident = (i * 7919L + 3) % BridgeFleet.Residents;
                if (!fleet.Population.Resident(resident).HoldsCard) continue;
                var (_, four) = fleet.Population.Pins(resident);
                try
                {
                    var answer = await fleet.Grains.GetGrain<IClinicReaderGrain>(FleetKeys.ClinicReader("pcscd-death"))
                        .ConfirmEligibilityAsync(FleetKeys.Card(resident, 0), ClinicIdentificationMethod.Pin, four);
                    if (answer.Eligible) eligible++;
                    Assert.False(answer.Reason is { } reason && reason.StartsWith("bridge.", StringComparison.Ordinal), answer.Reason);
                }
                catch (Exception e) when (e is not Xunit.Sdk.XunitException)
                {
                    Faults.Add(e.Message);
                }
            }

            Assert.True(eligible > checks / 3, $"only {eligible} of {checks} simulated checks eligible");
        }
    }
}
