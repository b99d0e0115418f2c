namespace MyNumber.Load.Scenarios.Definition;

/// <summary>
/// The operations scenario files may name. The scenario library maps each to grain calls; the names are the
/// file format, so renaming one is a breaking change to every scenario file.
/// </summary>
public static class OperationCatalog
{
    public static IReadOnlyList<OperationInfo> All { get; } =
    [
        new("apply", OperationChannel.Counter, "card application with assistance at the counter (申請)"),
        new("apply-online", OperationChannel.Online, "card application online, by smartphone or by post"),
        new("handover", OperationChannel.Counter, "card handed over at the counter, PINs set (交付)"),
        new("issue-certificate", OperationChannel.Counter, "new electronic certificates on an existing card"),
        new("renew-certificate", OperationChannel.Counter, "certificate renewal at the counter (R-CERT-3, R-VAL-7)"),
        new("renew-card", OperationChannel.Counter, "card renewal application at the counter (R-VAL-7)"),
        new("pin-reset-counter", OperationChannel.Counter, "PIN unlock or reset at the counter (R-PIN-3)"),
        new("pin-reset-kiosk", OperationChannel.Kiosk, "signing-PIN reset at a store kiosk after the smartphone step (R-PIN-4)"),
        new("kiosk-issue", OperationChannel.Kiosk, "certificate issuance at a store kiosk (コンビニ交付, R-KIOSK-11)"),
        new("clinic-verify-face", OperationChannel.Clinic, "eligibility verification at a clinic reader after a face match (R-INS-2)"),
        new("clinic-verify-pin", OperationChannel.Clinic, "eligibility verification at a clinic reader with the 4-digit PIN"),
        new("clinic-verify-visual", OperationChannel.Clinic, "eligibility verification after staff check the photo by eye"),
        new("insurance-register", OperationChannel.Online, "registration of the card for health-insurance use (R-INS-1)"),
        new("portal-login", OperationChannel.Online, "Myna Portal login with the user certificate (R-PORTAL-1)"),
        new("suspend", OperationChannel.Hotline, "suspension of a lost card through the 24/365 hotline (R-LOSS-1)"),
        new("resume", OperationChannel.Counter, "reactivation of a found card at the counter (R-LOSS-2)"),
        new("reissue", OperationChannel.Counter, "reissue of a lost card (R-LOSS-3)"),
        new("move-within", OperationChannel.Counter, "move within the municipality: surface update and new signing certificate (R-MOVE-1)"),
        new("name-change", OperationChannel.Counter, "change of name: surface update and new signing certificate (R-MOVE-1)"),
        new("move-out", OperationChannel.Counter, "transfer-out notice (R-MOVE-2)"),
        new("transfer-in", OperationChannel.Counter, "transfer-in at the new municipality with the card (R-MOVE-2)"),
    ];

    private static readonly Dictionary<string, OperationInfo> ByName = All.ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static bool TryGet(string name, out OperationInfo operation)
    {
        var found = ByName.TryGetValue(name, out var info);
        operation = info!;
        return found;
    }
}
