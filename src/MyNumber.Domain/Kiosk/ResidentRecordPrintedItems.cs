namespace MyNumber.Domain.Kiosk;

/// <summary>
/// Step ⑧ 記載事項 (R-KIOSK-4): the optional items printed on a resident-record copy. Japanese nationals choose
/// among relationship, domicile and head (本籍・筆頭者) and My Number; foreign residents among relationship,
/// nationality, status-of-residence data (在留情報) and My Number.
/// </summary>
public sealed record ResidentRecordPrintedItems(
    bool Relationship = false,
    bool DomicileAndHead = false,
    bool Nationality = false,
    bool ResidenceStatus = false,
    bool MyNumber = false)
{
    public static ResidentRecordPrintedItems None { get; } = new();

    /// <summary>Whether every chosen item is one the kiosk offers to this holder.</summary>
    public bool IsOfferedTo(bool foreignResident) =>
        foreignResident ? !DomicileAndHead : !(Nationality || ResidenceStatus);
}
