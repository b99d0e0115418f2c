using MyNumber.Domain.Pins;
using static MyNumber.Domain.Tests.Pins.PinFixtures;

namespace MyNumber.Domain.Tests.Pins;

public sealed class KioskPinResetTests
{
    private static PinSet LockedSigning()
    {
        var pins = Standard();
        for (var i = 0; i < 5; i++) pins = pins.Verify(PinSlot.Signing, "WRONG1").State;
        return pins;
    }

    [Fact(DisplayName = "R-PIN-4: smartphone step then kiosk step within 24 h sets a new signing PIN")]
    public void TwoSteps()
    {
        var reserved = LockedSigning().ReserveSigningReset("1234", faceMatched: true, Jst(2025, 1, 6, 2, 0));
        Assert.True(reserved.IsAccepted);
        var done = reserved.State.CompleteSigningReset("1234", "NEW999", Jst(2025, 1, 6, 22, 59), Salt);
        Assert.True(done.IsAccepted);
        Assert.False(done.State.Signing.IsLocked);
        Assert.True(done.State.Verify(PinSlot.Signing, "NEW999").IsAccepted);
        Assert.Null(done.State.SigningResetReservedAt);
    }

    [Fact(DisplayName = "R-PIN-4: after 24 h the smartphone step must be redone")]
    public void ReservationExpires()
    {
        var reserved = LockedSigning().ReserveSigningReset("1234", true, Jst(2025, 1, 6, 9, 0)).State;
        Assert.True(reserved.CompleteSigningReset("1234", "NEW999", Jst(2025, 1, 7, 9, 0), Salt).IsAccepted);
        var late = reserved.CompleteSigningReset("1234", "NEW999", Jst(2025, 1, 7, 9, 1), Salt);
        Assert.Equal(PinReasons.NoValidReservation, late.Outcome.Reason);
        Assert.Equal(PinReasons.NoValidReservation, LockedSigning().CompleteSigningReset("1234", "NEW999", Jst(2025, 1, 7, 9, 1), Salt).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-4: the smartphone step needs the user PIN and a face match")]
    public void StepOneNeedsPinAndFace()
    {
        Assert.Equal(PinReasons.Wrong, LockedSigning().ReserveSigningReset("0000", true, Jst(2025, 1, 6, 9, 0)).Outcome.Reason);
        Assert.Equal(PinReasons.FaceMatchFailed, LockedSigning().ReserveSigningReset("1234", false, Jst(2025, 1, 6, 9, 0)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-4: a wrong user PIN at the kiosk step counts and refuses")]
    public void StepTwoWrongPin()
    {
        var reserved = LockedSigning().ReserveSigningReset("1234", true, Jst(2025, 1, 6, 9, 0)).State;
        var wrong = reserved.CompleteSigningReset("0000", "NEW999", Jst(2025, 1, 6, 10, 0), Salt);
        Assert.Equal(PinReasons.Wrong, wrong.Outcome.Reason);
        Assert.Equal(1, wrong.State.UserAuthentication.ConsecutiveFailures);
        Assert.True(wrong.State.Signing.IsLocked);
    }

    [Fact(DisplayName = "R-PIN-4: the kiosk user-PIN reset needs the signing PIN")]
    public void UserPinNeedsSigningPin()
    {
        var pins = Standard();
        for (var i = 0; i < 3; i++) pins = pins.Verify(PinSlot.UserAuthentication, "0000").State;
        Assert.Equal(PinReasons.Wrong, pins.ResetUserPinAtKiosk("WRONG1", "4321", Jst(2025, 1, 6, 12, 0), Salt).Outcome.Reason);
        var reset = pins.ResetUserPinAtKiosk("ABC123", "4321", Jst(2025, 1, 6, 12, 0), Salt);
        Assert.True(reset.IsAccepted);
        Assert.True(reset.State.Verify(PinSlot.UserAuthentication, "4321").IsAccepted);
    }

    [Theory(DisplayName = "R-PIN-5: kiosk resets only 06:30–23:00 JST")]
    [InlineData(6, 29, false)]
    [InlineData(6, 30, true)]
    [InlineData(22, 59, true)]
    [InlineData(23, 0, false)]
    public void KioskHours(int hour, int minute, bool open)
    {
        Assert.Equal(open, PinResetHours.KioskOpen(Jst(2025, 1, 6, hour, minute)));
        var outcome = Standard().ResetUserPinAtKiosk("ABC123", "4321", Jst(2025, 1, 6, hour, minute), Salt).Outcome;
        Assert.Equal(open, outcome.IsAccepted);
        if (!open) Assert.Equal(PinReasons.OutsideKioskHours, outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-5: no kiosk PIN reset on the year-end closure days, even in hours")]
    public void YearEnd()
    {
        Assert.False(PinResetHours.KioskOpen(Jst(2025, 1, 1, 10, 0)));
        Assert.False(PinResetHours.KioskOpen(Jst(2024, 12, 29, 10, 0)));
        Assert.True(PinResetHours.KioskOpen(Jst(2025, 1, 4, 10, 0)));
        Assert.Equal(PinReasons.OutsideKioskHours, Standard().ResetUserPinAtKiosk("ABC123", "4321", Jst(2025, 1, 2, 12, 0), Salt).Outcome.Reason);
    }

    [Fact(DisplayName = "R-PIN-5: the smartphone step works at any hour; JST is used whatever the offset")]
    public void SmartphoneAnyTime()
    {
        Assert.True(LockedSigning().ReserveSigningReset("1234", true, Jst(2025, 1, 6, 3, 0)).IsAccepted);
        // 21:30 UTC is 06:30 JST the next day.
        Assert.True(PinResetHours.KioskOpen(new DateTimeOffset(2025, 1, 6, 21, 30, 0, TimeSpan.Zero)));
    }
}
