namespace MyNumber.Domain.Kiosk.Session;

/// <summary>
/// The screen a kiosk session waits on. Card path (R-KIOSK-11, p.15–16): ①–⑤, then ⑥ certificate … ⑬ receipt.
/// The smartphone path (R-KIOSK-12, p.17) shares ①–⑤ and ⑥ onwards, and inserts the four residence screens
/// (region, prefecture, kana row, municipality) after ⑤.
/// </summary>
public enum KioskStep
{
    ChooseService,             // ① 証明書交付サービスを選択
    PlaceCredential,           // ② カード（スマートフォン）をセット
    ChooseIssuingMunicipality, // ③ 証明交付市区町村の選択
    EnterPin,                  // ④ 暗証番号の入力（利用者証明用 4 桁）
    RemoveCredential,          // ⑤ 取り外し
    ChooseRegion,              // smartphone ⑥ お住まいの地域
    ChoosePrefecture,          // smartphone ⑦ 都道府県
    ChooseKanaRow,             // smartphone ⑧ 頭文字の行
    ChooseMunicipality,        // smartphone ⑨ 市区町村
    ChooseCertificate,         // ⑥ 証明書の種別選択
    ChooseIssuance,            // ⑦ 交付種別選択 (resident-record copy only)
    ChoosePrintedItems,        // ⑧ 記載事項選択 (resident-record copy only)
    ChooseCopies,              // ⑨ 部数選択
    Confirm,                   // ⑩ 発行内容確認
    Pay,                       // ⑪ 料金支払い
    Print,                     // ⑫ 証明書印刷
    TakeReceipt,               // ⑬ 領収書発行
    Completed,
    Ended,                     // cancelled, PIN locked, or refused at the start
}
