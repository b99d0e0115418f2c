namespace MyNumber.Domain.Kiosk.Session;

/// <summary>The six region buttons of the smartphone path's step ⑥ (R-KIOSK-12, p.17).</summary>
public enum JapanRegion
{
    HokkaidoTohoku, // 北海道・東北
    Kanto,          // 関東
    Chubu,          // 中部
    Kinki,          // 近畿
    ChugokuShikoku, // 中国・四国
    KyushuOkinawa,  // 九州・沖縄
}
