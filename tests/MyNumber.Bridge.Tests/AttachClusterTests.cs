using MyNumber.Cli.Cards;
using MyNumber.Contracts.Bridge;
using MyNumber.Silo;

namespace MyNumber.Bridge.Tests;

/// <summary><c>mynumber attach --cluster CONFIG</c>: a process of its own that joins running silos as an Orleans client.</summary>
[Collection(BridgeCollection.Name)]
public sealed class AttachClusterTests(BridgeFleet fleet)
{
    private const string CheckedEligible = "clinic check by PIN through the chip: eligible";

    [PcscFact]
    public async Task Attach_with_cluster_joins_the_card_to_running_silos_checks_it_once_and_detaches_on_SIGTERM()
    {
        var card = fleet.HolderCard;
        await using var slot = VirtualSlot.Insert(card);
        using var pins = new PinFile(card.UserPin);
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(fleet.Holder));
        await using var attach = AttachProcess.Start(fleet.Silo, VirtualSlot.Reader, new Dictionary<string, string>(), ["--check"], pins.Argument);

        var status = await Attached.WaitForAsync(bridge, s => s.CardRegistered, "registration through attach --cluster", seconds: 60);
        Assert.Equal(BridgeTrust.Fleet, status.Trust);
        await attach.WaitForAsync(a => a.Count(CheckedEligible) == 1, "the --check's answer");
        // Renewals and the watch loop go on; nothing repeats the check while the card stays in.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(1, attach.Count(CheckedEligible));
        Assert.Contains("connected to the cluster of", attach.Output, StringComparison.Ordinal);

        Assert.Equal(0, await attach.StopAsync());
        Assert.EndsWith("attach: detached", attach.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.False((await bridge.GetStatusAsync()).Attached);
    }

    [Fact]
    public async Task Attach_with_a_cluster_nobody_serves_fails_with_one_line_naming_the_option()
    {
        var nowhere = new SiloProfile { ClusterId = "nobody-" + Guid.NewGuid().ToString("N"), GatewayPort = 1 };
        await using var attach = AttachProcess.Start(nowhere, "Nobody's reader", new Dictionary<string, string>(), [], "file:/nonexistent", connectRetrySeconds: 1);

        var code = await attach.StopWhenExitedAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, code);
        var lines = attach.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("mynumber: --cluster: ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", attach.Output, StringComparison.Ordinal);
    }
}
