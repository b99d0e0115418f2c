namespace MyNumber.Domain.Kiosk.Session;

/// <summary>
/// One kiosk session's immutable state: the step it waits on and what the holder has chosen so far.
/// <see cref="StartedAt"/> is Japan wall-clock time; hours and fees are judged at the session's start.
/// </summary>
public sealed record KioskSession
{
    public required DateTime StartedAt { get; init; }
    public KioskStep Step { get; init; } = KioskStep.ChooseService;
    public KioskCredentialKind? Credential { get; init; }
    public string? IssuingMunicipality { get; init; }
    public JapanRegion? Region { get; init; }
    public string? Prefecture { get; init; }
    public KanaRow? Row { get; init; }
    public string? ResidenceMunicipality { get; init; }
    public CertificateKind? Certificate { get; init; }
    public ResidentRecordIssuance? Issuance { get; init; }
    public ResidentRecordPrintedItems? PrintedItems { get; init; }
    public int Copies { get; init; }
    public int AmountDue { get; init; }
    public int WrongPinEntries { get; init; }

    public bool IsOver => Step is KioskStep.Completed or KioskStep.Ended;
}
