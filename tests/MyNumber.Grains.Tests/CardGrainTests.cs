using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Tests.Fixtures;

namespace MyNumber.Grains.Tests;

[Collection(MemoryCollection.Name)]
public sealed class CardGrainTests(MemoryCluster fleet)
{
    private static long _next = 900_000;

    [Fact(DisplayName = "R-PIN-2: fourth wrong user PIN is refused even when right")]
    public async Task FourthUserPinIsLocked()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        for (var i = 0; i < 3; i++)
        {
            var wrong = await card.VerifyPinAsync(PinSlot.UserAuthentication, "9999");
            Assert.Equal("pin.wrong", wrong.Reason);
        }

        var right = await card.VerifyPinAsync(PinSlot.UserAuthentication, "1234");
        Assert.Equal("pin.locked", right.Reason);
        Assert.Equal(0, right.TriesLeft);
    }

    [Fact(DisplayName = "R-PIN-2: concurrent wrong PINs on one card are counted one by one")]
    public async Task ConcurrentWrongPinsAreSerialized()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        var entries = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => card.VerifyPinAsync(PinSlot.ResidentRegistry, "0000")));
        Assert.Equal(3, entries.Count(e => e.Reason == "pin.wrong"));
        Assert.Equal(7, entries.Count(e => e.Reason == "pin.locked"));
        Assert.Equal("pin.locked", (await card.VerifyPinAsync(PinSlot.ResidentRegistry, "1234")).Reason);
    }

    [Fact(DisplayName = "R-PIN-2: a right PIN before the limit resets the counter")]
    public async Task RightPinResetsCounter()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        await card.VerifyPinAsync(PinSlot.Signing, "ZZ999999");
        Assert.True((await card.VerifyPinAsync(PinSlot.Signing, "AB123456")).Accepted);
        Assert.Equal(0, (await card.GetAsync()).FailedTries[(int)PinSlot.Signing]);
    }

    [Fact(DisplayName = "R-PIN-1: a PIN of the wrong form at handover is refused with a reason")]
    public async Task HandoverRefusesBadPins()
    {
        var card = await AppliedCardAsync();
        var result = await card.HandOverAsync(HandoverPins.Of("short", "12a4"));
        Assert.Equal("pin.format", result.Reason);
        Assert.Equal(CardStatus.ReadyForPickup, (await card.GetAsync()).Status);
    }

    [Fact(DisplayName = "R-PIN-3: a counter reset unlocks the slot with the new PIN")]
    public async Task CounterResetUnlocks()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        for (var i = 0; i < 3; i++) await card.VerifyPinAsync(PinSlot.UserAuthentication, "0000");
        Assert.True((await card.ResetPinAsync(PinSlot.UserAuthentication, "4321")).Accepted);
        Assert.True((await card.VerifyPinAsync(PinSlot.UserAuthentication, "4321")).Accepted);
    }

    [Fact(DisplayName = "R-LOSS-1: a suspended card refuses PIN entry; R-LOSS-2: resumed at the counter it works")]
    public async Task SuspendAndResume()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        Assert.True((await card.SuspendAsync()).Accepted);
        Assert.Equal("card.suspended", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "1234")).Reason);
        Assert.True((await card.ResumeAsync()).Accepted);
        Assert.True((await card.VerifyPinAsync(PinSlot.UserAuthentication, "1234")).Accepted);
    }

    [Fact(DisplayName = "Unknown card: operations answer card.unknown")]
    public async Task UnknownCard()
    {
        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(999_999, 5));
        Assert.Equal("card.unknown", (await card.VerifyPinAsync(PinSlot.UserAuthentication, "1234")).Reason);
        Assert.Equal("card.unknown", (await card.SuspendAsync()).Reason);
    }

    [Fact(DisplayName = "R-VAL-3: a card signs a challenge after the PIN with a certificate the authority issued")]
    public async Task SignsAfterPin()
    {
        var card = await NewActiveCardAsync("AB123456", "1234");
        var refused = await card.SignAsync(CertificateUse.UserAuthentication, "0000", [1, 2, 3]);
        Assert.Equal("pin.wrong", refused.Reason);
        var signed = await card.SignAsync(CertificateUse.UserAuthentication, "1234", [1, 2, 3]);
        Assert.True(signed.Accepted);
        Assert.Equal(256, signed.Signature.Length);
        Assert.NotEmpty(signed.Certificate);
    }

    internal async Task<ICardGrain> AppliedCardAsync()
    {
        var card = fleet.Client.GetGrain<ICardGrain>(FleetKeys.Card(Interlocked.Increment(ref _next), 1));
        var holder = new HolderFacts("Test Holder", "1-2-3", new DateOnly(1980, 4, 1), false, true, null);
        Assert.True((await card.ApplyAsync(holder, faceAuthenticationOnly: false)).Accepted);
        Assert.True((await card.MarkReadyAsync()).Accepted);
        return card;
    }

    internal async Task<ICardGrain> NewActiveCardAsync(string signingPin, string fourDigits)
    {
        var card = await AppliedCardAsync();
        var handed = await card.HandOverAsync(HandoverPins.Of(signingPin, fourDigits));
        Assert.True(handed.Accepted, handed.Reason);
        return card;
    }
}
