using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Tests.Pins;
using static MyNumber.Domain.Tests.Lifecycle.Cards;

namespace MyNumber.Domain.Tests.Lifecycle;

public sealed class MoveTests
{
    [Fact(DisplayName = "R-MOVE-1: moving within the city updates the surface and needs a new signing certificate")]
    public void WithinCity()
    {
        var moved = Must(Active().Do(new CardEvent.MoveWithinCity(), D(2025, 4, 1)));
        Assert.Equal(D(2025, 4, 1), moved.SurfaceUpdatedOn);
        Assert.Equal(CertificateStatus.Revoked, moved.Signing.Status);
        Assert.Equal(CertificateStatus.Valid, moved.UserAuthentication.Status);
        var reissued = Must(CardLifecycle.IssueSigningCertificate(moved, "NEW777", PinFixtures.Salt, D(2025, 4, 1)));
        Assert.Equal(D(2025, 4, 1), reissued.Signing.Issued);
        Assert.Equal(D(2029, 5, 30), reissued.Signing.Expires);
        Assert.True(CardLifecycle.VerifyPin(reissued, PinSlot.Signing, "NEW777", D(2025, 4, 2)).IsAccepted);
    }

    [Fact(DisplayName = "R-MOVE-1: by proxy the signing certificate is not finished the same day")]
    public void ByProxy()
    {
        var moved = Must(Active().Do(new CardEvent.MoveWithinCity(ByProxy: true), D(2025, 4, 1)));
        Assert.Equal(CardReasons.ProxyNotSameDay, CardLifecycle.IssueSigningCertificate(moved, "NEW777", PinFixtures.Salt, D(2025, 4, 1)).Outcome.Reason);
        Assert.True(CardLifecycle.IssueSigningCertificate(moved, "NEW777", PinFixtures.Salt, D(2025, 4, 2)).IsAccepted);
    }

    [Fact(DisplayName = "R-MOVE-2: after moving out the card stays valid until and after the transfer-in")]
    public void MoveOutAndIn()
    {
        var out1 = Must(Active().Do(new CardEvent.MoveOut(D(2025, 4, 10)), D(2025, 4, 1)));
        Assert.Equal(CardState.Active, out1.State);
        Assert.True(CardLifecycle.CanUseCertificate(out1, CertificateKind.UserAuthentication, D(2025, 4, 5)).IsAccepted);
        var in1 = Must(out1.Do(new CardEvent.TransferIn(D(2025, 4, 10)), D(2025, 4, 15)));
        Assert.Null(in1.PendingTransfer);
        Assert.Equal(D(2025, 4, 15), in1.SurfaceUpdatedOn);
        Assert.True(CardLifecycle.IssueSigningCertificate(in1, "NEW777", PinFixtures.Salt, D(2025, 4, 15)).IsAccepted);
        Assert.Equal(CardReasons.NoTransferPending, in1.Do(new CardEvent.TransferIn(D(2025, 4, 10)), D(2025, 4, 16)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MOVE-3: no transfer-in within 30 days of the planned move-out and the card lapses")]
    public void ThirtyDays()
    {
        var out1 = Must(Active().Do(new CardEvent.MoveOut(D(2025, 4, 10)), D(2025, 4, 1)));
        Assert.Equal(CardState.Active, CardLifecycle.Settle(out1, D(2025, 5, 10)).State);
        Assert.Equal(CardState.Lapsed, CardLifecycle.Settle(out1, D(2025, 5, 11)).State);
        Assert.Equal(CardReasons.Lapsed, out1.Do(new CardEvent.TransferIn(D(2025, 5, 1)), D(2025, 5, 11)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MOVE-3: a transfer-in later than 14 days after moving in lapses the card")]
    public void FourteenDays()
    {
        var out1 = Must(Active().Do(new CardEvent.MoveOut(D(2025, 4, 10)), D(2025, 4, 1)));
        Assert.True(out1.Do(new CardEvent.TransferIn(D(2025, 4, 10)), D(2025, 4, 24)).IsAccepted);
        var late = out1.Do(new CardEvent.TransferIn(D(2025, 4, 10)), D(2025, 4, 25));
        Assert.Equal(CardReasons.TransferInLate, late.Outcome.Reason);
        Assert.Equal(CardState.Lapsed, late.State.State);
    }

    [Fact(DisplayName = "R-MOVE-4: the old surname is printed only after it is on the resident record")]
    public void OldSurname()
    {
        Assert.Equal(CardReasons.OldSurnameNotRegistered, Active().Do(new CardEvent.RegisterOldSurname(false), D(2025, 1, 6)).Outcome.Reason);
        Assert.True(Must(Active().Do(new CardEvent.RegisterOldSurname(true), D(2025, 1, 6))).OldSurnamePrinted);
    }

    [Fact(DisplayName = "R-MOVE-5: from 2024-05-27 a national keeps the card abroad after the procedure")]
    public void OverseasAfter()
    {
        var abroad = Must(Active().Do(new CardEvent.MoveOverseas(D(2024, 5, 27), ProcedureDone: true), D(2024, 5, 20)));
        Assert.Equal(CardState.MovedOverseas, abroad.State);
        Assert.Equal(D(2024, 5, 27), abroad.OverseasMoveOut);
        Assert.True(CardLifecycle.CanUseCertificate(abroad, CertificateKind.UserAuthentication, D(2024, 8, 1)).IsAccepted);
        var back = Must(abroad.Do(new CardEvent.TransferIn(D(2026, 3, 1)), D(2026, 3, 5)));
        Assert.Equal(CardState.Active, back.State);
    }

    [Fact(DisplayName = "R-MOVE-5: before 2024-05-27, or without the procedure, the card lapsed on moving abroad")]
    public void OverseasBefore()
    {
        var early = Active(handedOver: D(2023, 1, 10));
        Assert.Equal(CardState.Lapsed, Must(early.Do(new CardEvent.MoveOverseas(D(2024, 5, 26), true), D(2024, 5, 20))).State);
        Assert.Equal(CardState.Lapsed, Must(Active().Do(new CardEvent.MoveOverseas(D(2024, 6, 1), false), D(2024, 5, 20))).State);
        var foreigner = Active(CardHolder.ForeignResident(Birth, D(2027, 1, 31)));
        Assert.Equal(CardState.Lapsed, Must(foreigner.Do(new CardEvent.MoveOverseas(D(2025, 6, 1), true), D(2025, 5, 20))).State);
    }

    [Fact(DisplayName = "R-MOVE-6: a foreign resident's stay extension updates the card within 14 days")]
    public void ForeignStayExtension()
    {
        var card = Active(CardHolder.ForeignResident(Birth, D(2026, 1, 31)));
        Assert.Equal(D(2026, 1, 31), card.Expires);
        var update = new CardEvent.UpdateForeignResident(ForeignResidentChange.PeriodOfStayExtended, D(2026, 1, 10), D(2029, 1, 31));
        Assert.Equal(CardReasons.UpdateOverdue, card.Do(update, D(2026, 1, 25)).Outcome.Reason);
        var updated = Must(card.Do(update, D(2026, 1, 24)));
        Assert.Equal(D(2029, 1, 31), updated.Expires);
        Assert.Equal(D(2029, 1, 31), updated.UserAuthentication.Expires);
        Assert.Equal(CardReasons.NotForeignResident, Active().Do(update, D(2026, 1, 24)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MOVE-6: a foreign resident's address change revokes the signing certificate; an expired card cannot be updated (R-VAL-5)")]
    public void ForeignAddressChange()
    {
        var card = Active(CardHolder.ForeignResident(Birth, D(2026, 1, 31)));
        var moved = Must(card.Do(new CardEvent.UpdateForeignResident(ForeignResidentChange.Address, D(2025, 6, 1)), D(2025, 6, 10)));
        Assert.Equal(CertificateStatus.Revoked, moved.Signing.Status);
        var late = new CardEvent.UpdateForeignResident(ForeignResidentChange.PeriodOfStayExtended, D(2026, 1, 25), D(2029, 1, 31));
        Assert.Equal(CardReasons.Expired, card.Do(late, D(2026, 2, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MOVE-7: one-stop move-out on Myna Portal, but the transfer-in still needs a visit")]
    public void OneStop()
    {
        var out1 = Must(Active().Do(new CardEvent.MoveOut(D(2025, 4, 10), ViaOneStop: true), D(2025, 4, 1)));
        Assert.True(out1.PendingTransfer!.ViaOneStop);
        Assert.Equal(CardReasons.TransferInNeedsVisit, out1.Do(new CardEvent.TransferIn(D(2025, 4, 10), InPerson: false), D(2025, 4, 12)).Outcome.Reason);
        Assert.True(out1.Do(new CardEvent.TransferIn(D(2025, 4, 10), InPerson: true), D(2025, 4, 12)).IsAccepted);
        var faceAuth = Active(pins: PinSet.FaceAuthentication());
        Assert.Equal(CardReasons.FaceAuthenticationCard, faceAuth.Do(new CardEvent.MoveOut(D(2025, 4, 10), true), D(2025, 4, 1)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MOVE-5: abroad, a national registered in Japan after 2015-10-05 can apply from 2024-05-27")]
    public void OverseasApplicationRule()
    {
        var national = CardHolder.National(Birth);
        Assert.True(OverseasApplication.MayApply(national, D(2015, 10, 5), D(2024, 5, 27)).IsAccepted);
        Assert.Equal(CardReasons.OverseasNotYet, OverseasApplication.MayApply(national, D(2020, 1, 1), D(2024, 5, 26)).Reason);
        Assert.Equal(CardReasons.OverseasNeverRegistered, OverseasApplication.MayApply(national, D(2015, 10, 4), D(2025, 1, 1)).Reason);
        Assert.Equal(CardReasons.OverseasNeverRegistered, OverseasApplication.MayApply(national, null, D(2025, 1, 1)).Reason);
        Assert.Equal(CardReasons.OverseasNotNational,
            OverseasApplication.MayApply(CardHolder.ForeignResident(Birth, null), D(2020, 1, 1), D(2025, 1, 1)).Reason);
    }

    [Fact(DisplayName = "R-VAL-6: applying for renewal of stay keeps the card for up to 2 more months, then the decision")]
    public void SpecialPeriod()
    {
        var card = Active(CardHolder.ForeignResident(Birth, D(2026, 1, 31)));
        var applied = Must(card.Do(new CardEvent.StayRenewalApplied(), D(2026, 1, 20)));
        Assert.Equal(D(2026, 3, 31), applied.Expires);
        Assert.Equal(CardState.Active, CardLifecycle.Settle(applied, D(2026, 3, 31)).State);
        Assert.Equal(CardState.Expired, CardLifecycle.Settle(applied, D(2026, 4, 1)).State);
        var granted = new CardEvent.UpdateForeignResident(ForeignResidentChange.PeriodOfStayExtended, D(2026, 3, 1), D(2029, 1, 31));
        Assert.Equal(D(2029, 1, 31), Must(applied.Do(granted, D(2026, 3, 10))).Expires);
        Assert.Equal(CardState.Lapsed, Must(applied.Do(new CardEvent.Lapse(), D(2026, 3, 1))).State);
        Assert.Equal(CardReasons.NotForeignResident, Active().Do(new CardEvent.StayRenewalApplied(), D(2026, 1, 20)).Outcome.Reason);
    }
}
