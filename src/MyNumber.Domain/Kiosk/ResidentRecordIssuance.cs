namespace MyNumber.Domain.Kiosk;

/// <summary>Step ⑦ 交付種別 (R-KIOSK-4): whose entries a resident-record copy shows; always one's own household.</summary>
public enum ResidentRecordIssuance
{
    Self,           // 本人のみ
    WholeHousehold, // 世帯全員
    SomeMembers,    // 世帯の一部
}
