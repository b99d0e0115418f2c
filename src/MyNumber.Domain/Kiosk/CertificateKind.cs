namespace MyNumber.Domain.Kiosk;

/// <summary>
/// Certificates a resident may ask for. The first six are on the kiosk menu (R-KIOSK-3); the rest are issued
/// only at the counter (R-KIOSK-4, R-KIOSK-7) and are listed so that asking for them at a store is a refusal,
/// not an unknown value.
/// </summary>
public enum CertificateKind
{
    ResidentRecordCopy,            // 住民票の写し
    SealRegistrationCertificate,   // 印鑑登録証明書
    TaxAssessmentCertificate,      // 住民税課税証明書
    TaxPaymentCertificate,         // 住民税納税証明書
    FamilyRegisterCertificate,     // 戸籍全部（個人）事項証明書
    FamilyRegisterAnnexCopy,       // 戸籍の附票の写し

    ResidentRecordCopyWithCode,    // 住民票コード記載の住民票の写し
    HistoricalResidentRecordCopy,  // 改製原住民票の写し
    RecordedItemsCertificate,      // 記載事項証明書
    RemovedResidentRecordCopy,     // 除票の写し (died or moved out)
    HistoricalFamilyRegister,      // 改製原戸籍
    FamilyRegisterHolderRemovedFrom, // 申請者本人が除籍になっている戸籍
    IdentityCertificate,           // 身分証明書
    SingleStatusCertificate,       // 独身証明書
}
