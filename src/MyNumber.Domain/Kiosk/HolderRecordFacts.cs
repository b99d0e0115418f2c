namespace MyNumber.Domain.Kiosk;

/// <summary>
/// What the municipality's records say about the holder, as far as store issuance (R-KIOSK-4..9) needs it.
/// Plain values: the caller derives them from its own state. Character counts are counted as the
/// municipality's system counts them; <see cref="LongestNameLength"/> covers every printed name including the
/// head of household, <see cref="AddressLength"/> includes the building part (方書).
/// </summary>
public sealed record HolderRecordFacts
{
    public bool IsForeignResident { get; init; }

    // R-KIOSK-8
    public bool HasUnprintableCharacters { get; init; }
    public bool MovedOutOrMoving { get; init; }
    public bool HouseholdMemberMoving { get; init; }
    public bool IssuanceRestricted { get; init; }
    public int LongestNameLength { get; init; }
    public int AddressLength { get; init; }
    public int PreviousAddressLength { get; init; }

    // R-KIOSK-5
    public bool SealRegistered { get; init; }

    // R-KIOSK-6: the days the city makes a filer wait before tax certificates reflect the filing.
    public IReadOnlyList<TaxYearRecord> TaxYears { get; init; } = [];
    public int TaxWaitingDays { get; init; }

    // R-KIOSK-7
    public bool DomicileInCity { get; init; }
    public bool ResidentInCity { get; init; } = true;
    public bool FamilyRegisterUseRegistered { get; init; }
    public bool FamilyRegisterEventPending { get; init; }

    // R-KIOSK-9: the day the card was handed over or the transfer-in (continued use) was done, whichever is later.
    public DateOnly? LastHandoverOrTransferIn { get; init; }
}
