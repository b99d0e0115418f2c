namespace MyNumber.SmartCard.Apdu;

/// <summary>The four ISO 7816-4 command cases: whether a command carries data (Lc) and/or expects data (Le).</summary>
public enum ApduCase
{
    /// <summary>Header only.</summary>
    Case1 = 1,

    /// <summary>Header and Le.</summary>
    Case2 = 2,

    /// <summary>Header, Lc and data.</summary>
    Case3 = 3,

    /// <summary>Header, Lc, data and Le.</summary>
    Case4 = 4,
}
