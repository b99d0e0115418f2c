namespace MyNumber.Domain.Kiosk;

/// <summary>
/// One certificate asked for at a store kiosk. <paramref name="FiscalYear"/> is required for tax certificates;
/// <paramref name="FeeExempt"/> marks a free certificate (e.g. for pension procedures), which stores never issue.
/// </summary>
public sealed record StoreIssuanceRequest(
    CertificateKind Kind,
    int Copies = 1,
    ResidentRecordIssuance Issuance = ResidentRecordIssuance.Self,
    ResidentRecordPrintedItems? PrintedItems = null,
    int? FiscalYear = null,
    bool FeeExempt = false);
