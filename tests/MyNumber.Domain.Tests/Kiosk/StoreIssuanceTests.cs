using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Tests.Kiosk;

public class StoreIssuanceTests
{
    // Monday 2 June 2025, 10:00: inside every set of hours.
    private static readonly DateTime Weekday = new(2025, 6, 2, 10, 0, 0);

    private static readonly HolderRecordFacts Resident = new()
    {
        SealRegistered = true,
        DomicileInCity = true,
        LongestNameLength = 10,
        AddressLength = 30,
        PreviousAddressLength = 30,
        TaxYears = [new TaxYearRecord(2024, true, new DateOnly(2024, 3, 1)), new TaxYearRecord(2025, true, new DateOnly(2025, 3, 10))],
        TaxWaitingDays = 30,
    };

    private static ReasonCode? Refusal(StoreIssuanceRequest request, HolderRecordFacts? facts = null, DateTime? at = null) =>
        StoreIssuance.Check(request, facts ?? Resident, at ?? Weekday).Reason;

    public static TheoryData<CertificateKind> StoreMenu => new(StoreCatalogue.StoreMenu);

    [Theory(DisplayName = "R-KIOSK-4: every certificate on the store menu is issued to a holder with clean records")]
    [MemberData(nameof(StoreMenu))]
    public void CleanRecordsAccepted(CertificateKind kind) =>
        Assert.Null(Refusal(new StoreIssuanceRequest(kind, FiscalYear: StoreCatalogue.IsTax(kind) ? 2024 : null)));

    [Theory(DisplayName = "R-KIOSK-4: copies with the code, historical copies, recorded-item certificates and removed records are counter-only")]
    [InlineData(CertificateKind.ResidentRecordCopyWithCode)]
    [InlineData(CertificateKind.HistoricalResidentRecordCopy)]
    [InlineData(CertificateKind.RecordedItemsCertificate)]
    [InlineData(CertificateKind.RemovedResidentRecordCopy)]
    public void ResidentRecordCounterOnly(CertificateKind kind) =>
        Assert.Equal(KioskReasons.CounterOnly, Refusal(new StoreIssuanceRequest(kind)));

    [Theory(DisplayName = "R-KIOSK-4: Japanese holders choose domicile and head, foreign holders nationality and residence status")]
    [InlineData(false, true, false, false, true)]
    [InlineData(false, false, true, false, false)]
    [InlineData(false, false, false, true, false)]
    [InlineData(true, false, true, true, true)]
    [InlineData(true, true, false, false, false)]
    public void PrintedItemsByNationality(bool foreign, bool domicile, bool nationality, bool status, bool accepted)
    {
        var items = new ResidentRecordPrintedItems(Relationship: true, DomicileAndHead: domicile, Nationality: nationality,
            ResidenceStatus: status, MyNumber: true);
        var request = new StoreIssuanceRequest(CertificateKind.ResidentRecordCopy, Issuance: ResidentRecordIssuance.WholeHousehold, PrintedItems: items);
        Assert.Equal(accepted ? null : KioskReasons.PrintedItemNotOffered, Refusal(request, Resident with { IsForeignResident = foreign }));
    }

    [Fact(DisplayName = "R-KIOSK-5: a seal certificate needs a seal registered in the city")]
    public void SealNotRegistered() =>
        Assert.Equal(KioskReasons.SealNotRegistered,
            Refusal(new StoreIssuanceRequest(CertificateKind.SealRegistrationCertificate), Resident with { SealRegistered = false }));

    [Theory(DisplayName = "R-KIOSK-6: assessment certificates for the current and 5 previous fiscal years, payment for the current and 3")]
    [InlineData(CertificateKind.TaxAssessmentCertificate, 2026, false)]
    [InlineData(CertificateKind.TaxAssessmentCertificate, 2025, true)]
    [InlineData(CertificateKind.TaxAssessmentCertificate, 2020, true)]
    [InlineData(CertificateKind.TaxAssessmentCertificate, 2019, false)]
    [InlineData(CertificateKind.TaxPaymentCertificate, 2022, true)]
    [InlineData(CertificateKind.TaxPaymentCertificate, 2021, false)]
    public void TaxYearRange(CertificateKind kind, int fiscalYear, bool inRange)
    {
        var facts = Resident with { TaxYears = [new TaxYearRecord(fiscalYear, true, new DateOnly(2020, 1, 1))] };
        var reason = Refusal(new StoreIssuanceRequest(kind, FiscalYear: fiscalYear), facts);
        Assert.Equal(inRange ? null : KioskReasons.TaxYearOutOfRange, reason);
    }

    [Fact(DisplayName = "R-KIOSK-6: the fiscal year runs April to March")]
    public void FiscalYear()
    {
        Assert.Equal(2024, TaxCertificates.FiscalYearOf(new DateOnly(2025, 3, 31)));
        Assert.Equal(2025, TaxCertificates.FiscalYearOf(new DateOnly(2025, 4, 1)));
    }

    [Fact(DisplayName = "R-KIOSK-6: only for those registered in the city on 1 January who have filed")]
    public void TaxRegistrationAndFiling()
    {
        var notRegistered = Resident with { TaxYears = [new TaxYearRecord(2024, false, new DateOnly(2024, 3, 1))] };
        var notFiled = Resident with { TaxYears = [new TaxYearRecord(2024, true, null)] };
        var request = new StoreIssuanceRequest(CertificateKind.TaxAssessmentCertificate, FiscalYear: 2024);
        Assert.Equal(KioskReasons.TaxNotRegisteredOnJanuaryFirst, Refusal(request, notRegistered));
        Assert.Equal(KioskReasons.TaxNotRegisteredOnJanuaryFirst, Refusal(request with { FiscalYear = 2023 }));
        Assert.Equal(KioskReasons.TaxNotFiled, Refusal(request, notFiled));
    }

    [Fact(DisplayName = "R-KIOSK-8: tax certificates are refused until the waiting days after filing have passed")]
    public void TaxWaitingPeriod()
    {
        var facts = Resident with { TaxYears = [new TaxYearRecord(2025, true, new DateOnly(2025, 5, 10))] };
        var request = new StoreIssuanceRequest(CertificateKind.TaxPaymentCertificate, FiscalYear: 2025);
        Assert.Equal(KioskReasons.TaxWaitingPeriod, Refusal(request, facts, new DateTime(2025, 6, 8, 10, 0, 0)));
        Assert.Null(Refusal(request, facts, new DateTime(2025, 6, 9, 10, 0, 0)));
    }

    [Fact(DisplayName = "R-KIOSK-7: family-register certificates need a domicile in the city")]
    public void DomicileElsewhere() =>
        Assert.Equal(KioskReasons.DomicileNotInCity,
            Refusal(new StoreIssuanceRequest(CertificateKind.FamilyRegisterCertificate), Resident with { DomicileInCity = false }));

    [Fact(DisplayName = "R-KIOSK-7: the city's store family-register service starts in October 2024")]
    public void NotBeforeOctober2024() =>
        Assert.Equal(KioskReasons.FamilyRegisterNotYetOffered,
            Refusal(new StoreIssuanceRequest(CertificateKind.FamilyRegisterCertificate), at: new DateTime(2024, 9, 30, 10, 0, 0)));

    [Fact(DisplayName = "R-KIOSK-7: a holder registered elsewhere needs the one-time use-registration first")]
    public void UseRegistration()
    {
        var elsewhere = Resident with { ResidentInCity = false };
        var request = new StoreIssuanceRequest(CertificateKind.FamilyRegisterCertificate);
        Assert.Equal(KioskReasons.UseRegistrationRequired, Refusal(request, elsewhere));
        Assert.True(FamilyRegisterAccess.CheckUseRegistration(elsewhere, Weekday).IsAccepted);
        Assert.Null(Refusal(request, elsewhere with { FamilyRegisterUseRegistered = true }));
        Assert.Equal(KioskReasons.UseRegistrationNotNeeded, FamilyRegisterAccess.CheckUseRegistration(Resident, Weekday).Reason);
    }

    [Theory(DisplayName = "R-KIOSK-7: historical registers, removed-from registers, identity and single-status certificates are counter-only")]
    [InlineData(CertificateKind.HistoricalFamilyRegister)]
    [InlineData(CertificateKind.FamilyRegisterHolderRemovedFrom)]
    [InlineData(CertificateKind.IdentityCertificate)]
    [InlineData(CertificateKind.SingleStatusCertificate)]
    public void FamilyRegisterCounterOnly(CertificateKind kind) =>
        Assert.Equal(KioskReasons.CounterOnly, Refusal(new StoreIssuanceRequest(kind)));

    [Fact(DisplayName = "R-KIOSK-8: a pending family-register event blocks certificates and the use-registration")]
    public void PendingEvent()
    {
        var pending = Resident with { FamilyRegisterEventPending = true, ResidentInCity = false };
        Assert.Equal(KioskReasons.FamilyRegisterEventPending, Refusal(new StoreIssuanceRequest(CertificateKind.FamilyRegisterCertificate), pending));
        Assert.Equal(KioskReasons.FamilyRegisterEventPending, FamilyRegisterAccess.CheckUseRegistration(pending, Weekday).Reason);
    }

    public static TheoryData<string, HolderRecordFacts, ReasonCode> GeneralRefusals => new()
    {
        { "unprintable characters", Resident with { HasUnprintableCharacters = true }, KioskReasons.UnprintableCharacters },
        { "moved out or moving", Resident with { MovedOutOrMoving = true }, KioskReasons.MovedOutOrMoving },
        { "issuance restriction", Resident with { IssuanceRestricted = true }, KioskReasons.IssuanceRestricted },
    };

    [Theory(DisplayName = "R-KIOSK-8: unprintable characters, moving out and issuance restrictions refuse every certificate")]
    [MemberData(nameof(GeneralRefusals))]
    public void GeneralRefusal(string why, HolderRecordFacts facts, ReasonCode expected)
    {
        foreach (var kind in StoreCatalogue.StoreMenu)
        {
            var request = new StoreIssuanceRequest(kind, FiscalYear: StoreCatalogue.IsTax(kind) ? 2024 : null);
            Assert.True(expected == Refusal(request, facts), $"{why}: {kind}");
        }
    }

    [Fact(DisplayName = "R-KIOSK-8: a household member planning to move out refuses resident-record copies only")]
    public void HouseholdMemberMoving()
    {
        var facts = Resident with { HouseholdMemberMoving = true };
        Assert.Equal(KioskReasons.HouseholdMemberMoving, Refusal(new StoreIssuanceRequest(CertificateKind.ResidentRecordCopy), facts));
        Assert.Null(Refusal(new StoreIssuanceRequest(CertificateKind.SealRegistrationCertificate), facts));
    }

    [Theory(DisplayName = "R-KIOSK-8: names or addresses over 50 characters, or a previous address over 65, refuse a resident-record copy")]
    [InlineData(50, 50, 65, null)]
    [InlineData(51, 10, 10, "kiosk.name-or-address-too-long")]
    [InlineData(10, 51, 10, "kiosk.name-or-address-too-long")]
    [InlineData(10, 10, 66, "kiosk.previous-address-too-long")]
    public void Lengths(int name, int address, int previous, string? expected)
    {
        var facts = Resident with { LongestNameLength = name, AddressLength = address, PreviousAddressLength = previous };
        Assert.Equal(expected, Refusal(new StoreIssuanceRequest(CertificateKind.ResidentRecordCopy), facts)?.Code);
    }

    [Fact(DisplayName = "R-KIOSK-2: a family-register certificate asked for on Saturday is refused for its hours")]
    public void FamilyRegisterOnSaturday() =>
        Assert.Equal(KioskReasons.FamilyRegisterOutsideHours,
            Refusal(new StoreIssuanceRequest(CertificateKind.FamilyRegisterCertificate), at: new DateTime(2025, 6, 7, 10, 0, 0)));

    [Fact(DisplayName = "R-KIOSK-10: free certificates are counter-only")]
    public void FreeCertificates() =>
        Assert.Equal(KioskReasons.FreeCertificateCounterOnly,
            Refusal(new StoreIssuanceRequest(CertificateKind.ResidentRecordCopy, FeeExempt: true)));

    [Theory(DisplayName = "R-KIOSK-10: no refund for a wrong order; a bad print reported at once is refunded")]
    [InlineData(RefundGround.WrongOrder, true, false)]
    [InlineData(RefundGround.WrongOrder, false, false)]
    [InlineData(RefundGround.BadPrint, true, true)]
    [InlineData(RefundGround.BadPrint, false, false)]
    public void Refunds(RefundGround ground, bool atOnce, bool refunded)
    {
        var outcome = KioskRefunds.Decide(ground, atOnce);
        Assert.Equal(refunded ? null : KioskReasons.NoRefund, outcome.Reason);
    }
}
