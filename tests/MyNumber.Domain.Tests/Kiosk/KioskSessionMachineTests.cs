using MyNumber.Domain.Kiosk;
using MyNumber.Domain.Kiosk.Session;
using static MyNumber.Domain.Kiosk.Session.KioskEvent;

namespace MyNumber.Domain.Tests.Kiosk;

public class KioskSessionMachineTests
{
    private static readonly DateTime Monday10 = new(2025, 6, 2, 10, 0, 0);

    private static KioskSession Run(KioskSession session, params KioskEvent[] events)
    {
        foreach (var e in events)
        {
            var t = KioskSessionMachine.Apply(session, e);
            Assert.True(t.IsAccepted, $"{e} at {session.Step}: {t.Outcome}");
            session = t.State;
        }
        return session;
    }

    private static KioskSession Started(DateTime? at = null) => KioskSessionMachine.Start(at ?? Monday10).State;

    private static KioskSession AtPin(KioskCredentialKind kind) =>
        Run(Started(), new ServiceChosen(), new CredentialPlaced(kind), new IssuingMunicipalityChosen("Bunkyo"));

    [Fact(DisplayName = "R-KIOSK-11: the card path runs the 13 steps to a printed resident-record copy")]
    public void CardPathEndToEnd()
    {
        var session = Started();
        var steps = new List<KioskStep> { session.Step };
        KioskEvent[] events =
        [
            new ServiceChosen(), new CredentialPlaced(KioskCredentialKind.Card), new IssuingMunicipalityChosen("Bunkyo"),
            new PinEntered(Correct: true, Locked: false), new CredentialRemoved(),
            new CertificateChosen(CertificateKind.ResidentRecordCopy), new IssuanceChosen(ResidentRecordIssuance.WholeHousehold),
            new PrintedItemsChosen(new ResidentRecordPrintedItems(Relationship: true)), new CopiesChosen(2),
            new Confirmed(), new FeePaid(400), new Printed(), new ReceiptTaken(),
        ];
        foreach (var e in events)
        {
            session = Run(session, e);
            steps.Add(session.Step);
        }

        Assert.Equal(
        [
            KioskStep.ChooseService, KioskStep.PlaceCredential, KioskStep.ChooseIssuingMunicipality, KioskStep.EnterPin,
            KioskStep.RemoveCredential, KioskStep.ChooseCertificate, KioskStep.ChooseIssuance, KioskStep.ChoosePrintedItems,
            KioskStep.ChooseCopies, KioskStep.Confirm, KioskStep.Pay, KioskStep.Print, KioskStep.TakeReceipt, KioskStep.Completed,
        ], steps);
        Assert.Equal(400, session.AmountDue);
        Assert.Equal(ResidentRecordIssuance.WholeHousehold, session.Issuance);
    }

    [Fact(DisplayName = "R-KIOSK-11: certificates other than resident-record copies skip steps ⑦ and ⑧")]
    public void SealSkipsIssuanceSteps()
    {
        var session = Run(AtPin(KioskCredentialKind.Card), new PinEntered(true, false), new CredentialRemoved(),
            new CertificateChosen(CertificateKind.SealRegistrationCertificate));
        Assert.Equal(KioskStep.ChooseCopies, session.Step);
        Assert.Equal(KioskReasons.StepOutOfOrder,
            KioskSessionMachine.Apply(session, new IssuanceChosen(ResidentRecordIssuance.Self)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-KIOSK-11: a wrong PIN at ④ is refused, counted, and the holder stays at ④")]
    public void WrongPin()
    {
        var atPin = AtPin(KioskCredentialKind.Card);
        var wrong = KioskSessionMachine.Apply(atPin, new PinEntered(Correct: false, Locked: false));
        Assert.Equal(KioskReasons.WrongPin, wrong.Outcome.Reason);
        Assert.Equal(KioskStep.EnterPin, wrong.State.Step);
        Assert.Equal(1, wrong.State.WrongPinEntries);
        Assert.Equal(KioskStep.RemoveCredential, Run(wrong.State, new PinEntered(true, false)).Step);
    }

    [Fact(DisplayName = "R-KIOSK-11: a locked PIN slot ends the session even when the PIN was right")]
    public void LockedPin()
    {
        var locked = KioskSessionMachine.Apply(AtPin(KioskCredentialKind.Card), new PinEntered(Correct: true, Locked: true));
        Assert.Equal(KioskReasons.PinLocked, locked.Outcome.Reason);
        Assert.Equal(KioskStep.Ended, locked.State.Step);
        Assert.Equal(KioskReasons.SessionEnded, KioskSessionMachine.Apply(locked.State, new CredentialRemoved()).Outcome.Reason);
    }

    public static TheoryData<KioskEvent> EarlyEvents => new()
    {
        new PinEntered(true, false), new CredentialRemoved(), new CertificateChosen(CertificateKind.ResidentRecordCopy),
        new CopiesChosen(1), new Confirmed(), new FeePaid(200), new Printed(), new ReceiptTaken(),
        new RegionChosen(JapanRegion.Kanto), new MunicipalityChosen("Bunkyo", true),
    };

    [Theory(DisplayName = "R-KIOSK-11: a step out of order is refused and changes nothing")]
    [MemberData(nameof(EarlyEvents))]
    public void OutOfOrder(KioskEvent e)
    {
        var session = Run(Started(), new ServiceChosen());
        var t = KioskSessionMachine.Apply(session, e);
        Assert.Equal(KioskReasons.StepOutOfOrder, t.Outcome.Reason);
        Assert.Same(session, t.State);
    }

    [Fact(DisplayName = "R-KIOSK-11: too little money at ⑪ is refused; the holder stays at the payment screen")]
    public void Underpaid()
    {
        var atPay = Run(AtPin(KioskCredentialKind.Card), new PinEntered(true, false), new CredentialRemoved(),
            new CertificateChosen(CertificateKind.FamilyRegisterCertificate), new CopiesChosen(1), new Confirmed());
        Assert.Equal(350, atPay.AmountDue);
        var t = KioskSessionMachine.Apply(atPay, new FeePaid(300));
        Assert.Equal(KioskReasons.InsufficientPayment, t.Outcome.Reason);
        Assert.Equal(KioskStep.Pay, t.State.Step);
    }

    [Fact(DisplayName = "R-KIOSK-11: a counter-only certificate cannot be chosen at ⑥")]
    public void CounterOnlyAtChoice()
    {
        var atChoice = Run(AtPin(KioskCredentialKind.Card), new PinEntered(true, false), new CredentialRemoved());
        var t = KioskSessionMachine.Apply(atChoice, new CertificateChosen(CertificateKind.HistoricalResidentRecordCopy));
        Assert.Equal(KioskReasons.CounterOnly, t.Outcome.Reason);
        Assert.Equal(KioskStep.ChooseCertificate, t.State.Step);
    }

    [Fact(DisplayName = "R-KIOSK-2: a session cannot start at 23:00, and a family register cannot be chosen on a Sunday")]
    public void SessionHours()
    {
        var late = KioskSessionMachine.Start(new DateTime(2025, 6, 2, 23, 0, 0));
        Assert.Equal(KioskReasons.OutsideHours, late.Outcome.Reason);
        Assert.True(late.State.IsOver);

        var sunday = Run(Started(new DateTime(2025, 6, 8, 10, 0, 0)), new ServiceChosen(), new CredentialPlaced(KioskCredentialKind.Card),
            new IssuingMunicipalityChosen("Bunkyo"), new PinEntered(true, false), new CredentialRemoved());
        Assert.Equal(KioskReasons.FamilyRegisterOutsideHours,
            KioskSessionMachine.Apply(sunday, new CertificateChosen(CertificateKind.FamilyRegisterCertificate)).Outcome.Reason);
    }

    [Fact(DisplayName = "R-KIOSK-11: cancelling ends the session before printing but not once paid")]
    public void Cancel()
    {
        Assert.Equal(KioskStep.Ended, Run(AtPin(KioskCredentialKind.Card), new Cancelled()).Step);
        var printing = Run(AtPin(KioskCredentialKind.Card), new PinEntered(true, false), new CredentialRemoved(),
            new CertificateChosen(CertificateKind.SealRegistrationCertificate), new CopiesChosen(1), new Confirmed(), new FeePaid(200));
        Assert.Equal(KioskReasons.StepOutOfOrder, KioskSessionMachine.Apply(printing, new Cancelled()).Outcome.Reason);
    }

    [Fact(DisplayName = "R-KIOSK-12: the smartphone path picks region, prefecture, row and municipality after ⑤, then continues at ⑥")]
    public void SmartphonePathEndToEnd()
    {
        var session = Run(AtPin(KioskCredentialKind.Smartphone), new PinEntered(true, false), new CredentialRemoved());
        Assert.Equal(KioskStep.ChooseRegion, session.Step);
        session = Run(session, new RegionChosen(JapanRegion.Kanto), new PrefectureChosen("東京都"), new KanaRowChosen(KanaRow.Ha),
            new MunicipalityChosen("Bunkyo", OffersSmartphoneIssuance: true));
        Assert.Equal(KioskStep.ChooseCertificate, session.Step);
        session = Run(session, new CertificateChosen(CertificateKind.TaxAssessmentCertificate), new CopiesChosen(1),
            new Confirmed(), new FeePaid(200), new Printed(), new ReceiptTaken());
        Assert.Equal(KioskStep.Completed, session.Step);
        Assert.Equal(("東京都", KanaRow.Ha, "Bunkyo"), (session.Prefecture, session.Row!.Value, session.ResidenceMunicipality));
    }

    [Fact(DisplayName = "R-KIOSK-12: a municipality that does not offer smartphone issuance cannot be selected")]
    public void MunicipalityWithoutSmartphoneIssuance()
    {
        var atMunicipality = Run(AtPin(KioskCredentialKind.Smartphone), new PinEntered(true, false), new CredentialRemoved(),
            new RegionChosen(JapanRegion.Kinki), new PrefectureChosen("Osaka"), new KanaRowChosen(KanaRow.Sa));
        var t = KioskSessionMachine.Apply(atMunicipality, new MunicipalityChosen("Somewhere", OffersSmartphoneIssuance: false));
        Assert.Equal(KioskReasons.NoSmartphoneIssuance, t.Outcome.Reason);
        Assert.Equal(KioskStep.ChooseMunicipality, t.State.Step);
    }

    [Fact(DisplayName = "R-KIOSK-12: a prefecture outside the chosen region is refused")]
    public void PrefectureOutsideRegion()
    {
        var atPrefecture = Run(AtPin(KioskCredentialKind.Smartphone), new PinEntered(true, false), new CredentialRemoved(),
            new RegionChosen(JapanRegion.Kanto));
        Assert.Equal(KioskReasons.PrefectureNotInRegion, KioskSessionMachine.Apply(atPrefecture, new PrefectureChosen("Osaka")).Outcome.Reason);
        Assert.Equal(KioskReasons.PrefectureNotInRegion, KioskSessionMachine.Apply(atPrefecture, new PrefectureChosen("Atlantis")).Outcome.Reason);
    }

    [Fact(DisplayName = "R-KIOSK-12: the region buttons cover the 47 prefectures once each")]
    public void PrefectureTable()
    {
        Assert.Equal(47, Prefectures.Count);
        Assert.Equal(47, Enum.GetValues<JapanRegion>().Sum(r => Prefectures.In(r).Count));
        Assert.Equal(["Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa"], Prefectures.In(JapanRegion.Kanto));
    }

    [Fact(DisplayName = "R-KIOSK-11: the card path never shows the smartphone residence screens")]
    public void CardSkipsResidenceScreens()
    {
        var afterRemoval = Run(AtPin(KioskCredentialKind.Card), new PinEntered(true, false), new CredentialRemoved());
        Assert.Equal(KioskReasons.StepOutOfOrder, KioskSessionMachine.Apply(afterRemoval, new RegionChosen(JapanRegion.Kanto)).Outcome.Reason);
    }
}
