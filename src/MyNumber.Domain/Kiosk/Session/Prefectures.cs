using System.Collections.Frozen;

namespace MyNumber.Domain.Kiosk.Session;

/// <summary>
/// The 47 prefectures under the region buttons of the smartphone path (R-KIOSK-12). The guide shows only the
/// Kanto screen; the others follow the usual eight-region division with 北海道+東北, 中国+四国 and 九州+沖縄
/// merged as the buttons are. [decision] Mie is under Kinki, as in that division.
/// A prefecture is named in romaji ("Tokyo") or in kanji ("東京都").
/// </summary>
public static class Prefectures
{
    private static readonly (string Romaji, string Kanji, JapanRegion Region)[] Table =
    [
        ("Hokkaido", "北海道", JapanRegion.HokkaidoTohoku), ("Aomori", "青森県", JapanRegion.HokkaidoTohoku),
        ("Iwate", "岩手県", JapanRegion.HokkaidoTohoku), ("Miyagi", "宮城県", JapanRegion.HokkaidoTohoku),
        ("Akita", "秋田県", JapanRegion.HokkaidoTohoku), ("Yamagata", "山形県", JapanRegion.HokkaidoTohoku),
        ("Fukushima", "福島県", JapanRegion.HokkaidoTohoku),
        ("Ibaraki", "茨城県", JapanRegion.Kanto), ("Tochigi", "栃木県", JapanRegion.Kanto),
        ("Gunma", "群馬県", JapanRegion.Kanto), ("Saitama", "埼玉県", JapanRegion.Kanto),
        ("Chiba", "千葉県", JapanRegion.Kanto), ("Tokyo", "東京都", JapanRegion.Kanto),
        ("Kanagawa", "神奈川県", JapanRegion.Kanto),
        ("Niigata", "新潟県", JapanRegion.Chubu), ("Toyama", "富山県", JapanRegion.Chubu),
        ("Ishikawa", "石川県", JapanRegion.Chubu), ("Fukui", "福井県", JapanRegion.Chubu),
        ("Yamanashi", "山梨県", JapanRegion.Chubu), ("Nagano", "長野県", JapanRegion.Chubu),
        ("Gifu", "岐阜県", JapanRegion.Chubu), ("Shizuoka", "静岡県", JapanRegion.Chubu),
        ("Aichi", "愛知県", JapanRegion.Chubu),
        ("Mie", "三重県", JapanRegion.Kinki), ("Shiga", "滋賀県", JapanRegion.Kinki),
        ("Kyoto", "京都府", JapanRegion.Kinki), ("Osaka", "大阪府", JapanRegion.Kinki),
        ("Hyogo", "兵庫県", JapanRegion.Kinki), ("Nara", "奈良県", JapanRegion.Kinki),
        ("Wakayama", "和歌山県", JapanRegion.Kinki),
        ("Tottori", "鳥取県", JapanRegion.ChugokuShikoku), ("Shimane", "島根県", JapanRegion.ChugokuShikoku),
        ("Okayama", "岡山県", JapanRegion.ChugokuShikoku), ("Hiroshima", "広島県", JapanRegion.ChugokuShikoku),
        ("Yamaguchi", "山口県", JapanRegion.ChugokuShikoku), ("Tokushima", "徳島県", JapanRegion.ChugokuShikoku),
        ("Kagawa", "香川県", JapanRegion.ChugokuShikoku), ("Ehime", "愛媛県", JapanRegion.ChugokuShikoku),
        ("Kochi", "高知県", JapanRegion.ChugokuShikoku),
        ("Fukuoka", "福岡県", JapanRegion.KyushuOkinawa), ("Saga", "佐賀県", JapanRegion.KyushuOkinawa),
        ("Nagasaki", "長崎県", JapanRegion.KyushuOkinawa), ("Kumamoto", "熊本県", JapanRegion.KyushuOkinawa),
        ("Oita", "大分県", JapanRegion.KyushuOkinawa), ("Miyazaki", "宮崎県", JapanRegion.KyushuOkinawa),
        ("Kagoshima", "鹿児島県", JapanRegion.KyushuOkinawa), ("Okinawa", "沖縄県", JapanRegion.KyushuOkinawa),
    ];

    private static readonly FrozenDictionary<string, JapanRegion> ByName =
        Table.SelectMany(p => new[] { (p.Romaji, p.Region), (p.Kanji, p.Region) })
            .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    public static int Count => Table.Length;

    /// <summary>The region button a prefecture is under, or null for a name that is not a prefecture.</summary>
    public static JapanRegion? RegionOf(string prefecture) =>
        ByName.TryGetValue(prefecture, out var region) ? region : null;

    /// <summary>The prefectures under one region button, in the usual north-to-south order (romaji names).</summary>
    public static IReadOnlyList<string> In(JapanRegion region) =>
        Table.Where(p => p.Region == region).Select(p => p.Romaji).ToArray();
}
