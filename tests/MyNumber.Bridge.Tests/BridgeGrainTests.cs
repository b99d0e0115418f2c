using MyNumber.Contracts.Bridge;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Clinic;

namespace MyNumber.Bridge.Tests;

/// <summary>The bridge grain without any reader: what the fleet answers when nobody is attached.</summary>
[Collection(BridgeCollection.Name)]
public sealed class BridgeGrainTests(BridgeFleet fleet)
{
    [Fact]
    public async Task A_resident_with_no_attached_reader_is_not_attached()
    {
        var bridge = fleet.Grains.GetGrain<IReaderBridgeGrain>(BridgeKeys.ForResident(77));

        Assert.Equal(BridgeReasons.NotAttached, (await bridge.ConfirmEligibilityAsync(ClinicIdentificationMethod.Pin)).Reason);
        Assert.Equal(BridgeReasons.NotAttached, (await bridge.SignChallengeAsync(CertificateUse.UserAuthentication, [1])).Reason);
        Assert.Equal(BridgeReasons.NotAttached, (await bridge.CardInsertedAsync([0x30], [])).Reason);
        Assert.False((await bridge.GetStatusAsync()).Attached);
    }

    [Fact]
    public void Bridge_keys_carry_the_resident_index()
    {
        Assert.True(BridgeKeys.TryParse(BridgeKeys.ForResident(123_456), out var index));
        Assert.Equal(123_456, index);
        Assert.False(BridgeKeys.TryParse("resident:5", out _));
        Assert.False(BridgeKeys.TryParse("bridge:-5", out _));
    }
}
