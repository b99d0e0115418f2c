namespace MyNumber.Domain.Kiosk;

/// <summary>What the holder places on the kiosk at step ② (R-KIOSK-11, R-KIOSK-12).</summary>
public enum KioskCredentialKind
{
    Card,       // マイナンバーカード
    Smartphone, // スマホ用電子証明書を搭載したスマートフォン
}
