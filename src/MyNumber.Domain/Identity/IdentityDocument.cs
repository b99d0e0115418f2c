namespace MyNumber.Domain.Identity;

/// <summary>The documents R-ID-1 names (p.2).</summary>
public enum IdentityDocument
{
    /// <summary>マイナンバーカード, incl. a face-authentication card: proves the number and identity alone.</summary>
    MyNumberCard,

    /// <summary>通知カード: proves the number only; abolished 2020-05-25, after which only while its details are current.</summary>
    NotificationCard,

    /// <summary>個人番号通知書 (from 2020-05-25): tells the number, proves nothing.</summary>
    NumberNotice,

    /// <summary>住民票 (or certificate of recorded items) showing the number: proves the number only.</summary>
    ResidentRecordWithNumber,

    /// <summary>運転免許証: photo ID.</summary>
    DrivingLicence,

    /// <summary>パスポート: photo ID.</summary>
    Passport,

    /// <summary>Other photo ID issued by a public body (e.g. disability certificate, residence card).</summary>
    OtherPhotoId,

    /// <summary>A document without photo (health-insurance card, pension certificate, student card…): two are needed.</summary>
    NonPhotoDocument,
}
