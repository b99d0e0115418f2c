using MyNumber.Domain.Identity;
using MyNumber.Domain.Pins;
using static MyNumber.Domain.Tests.Pins.PinFixtures;

namespace MyNumber.Domain.Tests.Pins;

public sealed class PinSlotTests
{
    [Theory(DisplayName = "R-PIN-1: signing PIN formats")]
    [InlineData("ABC123", true)]
    [InlineData("A12345678901234B", true)]
    [InlineData("AB12C", false)]
    [InlineData("A12345678901234BC", false)]
    [InlineData("ABCDEF", false)]
    [InlineData("123456", false)]
    [InlineData("abc123", false)]
    [InlineData("ABC-123", false)]
    public void SigningFormat(string pin, bool valid) => Assert.Equal(valid, PinFormat.IsValid(PinSlot.Signing, pin));

    [Theory(DisplayName = "R-PIN-1: the 4-digit slots take exactly four digits")]
    [InlineData(PinSlot.UserAuthentication, "0000", true)]
    [InlineData(PinSlot.ResidentRegistry, "9876", true)]
    [InlineData(PinSlot.CardInfoInput, "123", false)]
    [InlineData(PinSlot.UserAuthentication, "12345", false)]
    [InlineData(PinSlot.UserAuthentication, "12a4", false)]
    public void FourDigits(PinSlot slot, string pin, bool valid) => Assert.Equal(valid, PinFormat.IsValid(slot, pin));

    [Fact(DisplayName = "R-PIN-1: the three 4-digit PINs may share a value but stay separate slots")]
    public void SharedValueSeparateSlots()
    {
        var pins = Standard();
        var afterWrong = pins.Verify(PinSlot.UserAuthentication, "0000").State;
        Assert.Equal(1, afterWrong.UserAuthentication.ConsecutiveFailures);
        Assert.Equal(0, afterWrong.ResidentRegistry.ConsecutiveFailures);
        Assert.True(afterWrong.Verify(PinSlot.ResidentRegistry, "1234").IsAccepted);
        Assert.False(pins.UserAuthentication.Hash!.Digest.SequenceEqual(pins.ResidentRegistry.Hash!.Digest));
    }

    [Fact(DisplayName = "R-PIN-1: a badly formed PIN is refused at handover")]
    public void ChooseRefusesFormat() => Assert.Equal(PinReasons.Format, PinSet.Choose("abc", "1234", "1234", "1234", Salt).Outcome.Reason);

    [Fact(DisplayName = "R-PIN-2: fourth wrong user PIN is refused even when right")]
    public void UserLocksAfterThree()
    {
        var pins = Standard();
        for (var i = 0; i < 3; i++) pins = pins.Verify(PinSlot.UserAuthentication, "9999").State;
        Assert.True(pins.UserAuthentication.IsLocked);
        Assert.Equal(PinReasons.Locked, pins.Verify(PinSlot.UserAuthentication, "1234").Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-2: the signing PIN locks after five wrong entries, not four")]
    public void SigningLocksAfterFive()
    {
        var pins = Standard();
        for (var i = 0; i < 4; i++) pins = pins.Verify(PinSlot.Signing, "WRONG1").State;
        Assert.False(pins.Signing.IsLocked);
        pins = pins.Verify(PinSlot.Signing, "WRONG1").State;
        Assert.True(pins.Signing.IsLocked);
        Assert.Equal(PinReasons.Locked, pins.Verify(PinSlot.Signing, "ABC123").Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-2: a right entry before the limit resets the counter")]
    public void RightEntryResets()
    {
        var pins = Standard().Verify(PinSlot.CardInfoInput, "0000").State.Verify(PinSlot.CardInfoInput, "0000").State;
        var right = pins.Verify(PinSlot.CardInfoInput, "5678");
        Assert.True(right.IsAccepted);
        Assert.Equal(0, right.State.CardInfoInput.ConsecutiveFailures);
        Assert.Equal(PinReasons.Wrong, right.State.Verify(PinSlot.CardInfoInput, "0000").Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-3: a counter reset needs the card and one more identity document")]
    public void CounterReset()
    {
        var pins = Standard();
        for (var i = 0; i < 3; i++) pins = pins.Verify(PinSlot.UserAuthentication, "0000").State;
        Assert.Equal(PinReasons.CounterNeedsCardAndDocument,
            pins.ResetAtCounter(PinSlot.UserAuthentication, "4321", [IdentityDocument.MyNumberCard], Salt).Outcome.Reason);
        Assert.Equal(PinReasons.CounterNeedsCardAndDocument,
            pins.ResetAtCounter(PinSlot.UserAuthentication, "4321", [IdentityDocument.MyNumberCard, IdentityDocument.NumberNotice], Salt).Outcome.Reason);
        Assert.Equal(PinReasons.CounterNeedsCardAndDocument,
            pins.ResetAtCounter(PinSlot.UserAuthentication, "4321", [IdentityDocument.DrivingLicence, IdentityDocument.Passport], Salt).Outcome.Reason);
        var reset = pins.ResetAtCounter(PinSlot.UserAuthentication, "4321", [IdentityDocument.MyNumberCard, IdentityDocument.DrivingLicence], Salt);
        Assert.True(reset.IsAccepted);
        Assert.True(reset.State.Verify(PinSlot.UserAuthentication, "4321").IsAccepted);
    }

    [Fact(DisplayName = "R-PIN-6: a face-authentication card has no PINs")]
    public void FaceAuthentication()
    {
        var pins = PinSet.FaceAuthentication();
        foreach (var slot in Enum.GetValues<PinSlot>())
            Assert.Equal(PinReasons.FaceAuthenticationCard, pins.Verify(slot, "1234").Outcome.Reason);
        Assert.Equal(PinReasons.FaceAuthenticationCard, pins.ReserveSigningReset("1234", true, Jst(2025, 1, 6, 10, 0)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-1: a PIN is stored only as a salted hash")]
    public void OnlyHashed()
    {
        var hash = PinHash.Create("1234", Salt);
        Assert.True(hash.Matches("1234"));
        Assert.False(hash.Matches("1235"));
        Assert.DoesNotContain("1234", hash.ToString());
        Assert.False(hash.Digest.SequenceEqual(PinHash.Create("1234", new byte[PinHash.SaltLength]).Digest));
        var restored = PinHash.Restore(hash.Salt, hash.Digest);
        Assert.True(restored.Matches("1234"));
    }

    [Fact(DisplayName = "R-VAL-4: under 15 the signing slot is empty and refuses")]
    public void NoSigningUnderFifteen()
    {
        var pins = PinSet.Choose("", "1234", "1234", "1234", Salt);
        Assert.True(pins.IsAccepted);
        Assert.Equal(PinReasons.NotSet, pins.State.Verify(PinSlot.Signing, "ABC123").Outcome.Reason);
    }
}
