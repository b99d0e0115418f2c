namespace MyNumber.Domain.Kiosk.Session;

/// <summary>
/// What the holder (or the machine) does at a kiosk; each is valid at one <see cref="KioskStep"/> only
/// (<see cref="Cancelled"/>, the 終了する button, at any step before printing).
/// </summary>
public abstract record KioskEvent
{
    private KioskEvent() { }

    public sealed record ServiceChosen : KioskEvent;

    public sealed record CredentialPlaced(KioskCredentialKind Kind) : KioskEvent;

    public sealed record IssuingMunicipalityChosen(string Municipality) : KioskEvent;

    /// <summary>
    /// The result of the PIN check at ④, made by the PIN slot (R-PIN-2), which counts the attempt. A locked slot
    /// is refused even when the PIN was right.
    /// </summary>
    public sealed record PinEntered(bool Correct, bool Locked) : KioskEvent;

    public sealed record CredentialRemoved : KioskEvent;

    public sealed record RegionChosen(JapanRegion Region) : KioskEvent;

    public sealed record PrefectureChosen(string Prefecture) : KioskEvent;

    public sealed record KanaRowChosen(KanaRow Row) : KioskEvent;

    /// <summary>Only municipalities that offer smartphone issuance are selectable (p.17).</summary>
    public sealed record MunicipalityChosen(string Municipality, bool OffersSmartphoneIssuance) : KioskEvent;

    public sealed record CertificateChosen(CertificateKind Kind) : KioskEvent;

    public sealed record IssuanceChosen(ResidentRecordIssuance Issuance) : KioskEvent;

    public sealed record PrintedItemsChosen(ResidentRecordPrintedItems Items) : KioskEvent;

    public sealed record CopiesChosen(int Copies) : KioskEvent;

    public sealed record Confirmed : KioskEvent;

    public sealed record FeePaid(int Yen) : KioskEvent;

    public sealed record Printed : KioskEvent;

    public sealed record ReceiptTaken : KioskEvent;

    public sealed record Cancelled : KioskEvent;
}
