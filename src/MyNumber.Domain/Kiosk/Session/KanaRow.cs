namespace MyNumber.Domain.Kiosk.Session;

/// <summary>The initial-syllable rows (あ行 … わ行) of the smartphone path's step ⑧ (R-KIOSK-12, p.17).</summary>
public enum KanaRow
{
    A,  // あ行
    Ka, // か行
    Sa, // さ行
    Ta, // た行
    Na, // な行
    Ha, // は行
    Ma, // ま行
    Ya, // や行
    Ra, // ら行
    Wa, // わ行
}
