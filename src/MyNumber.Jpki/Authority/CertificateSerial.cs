using System.Numerics;

namespace MyNumber.Jpki.Authority;

/// <summary>
/// Certificate serial numbers as a pure function of (kind, card index, generation): unique without any
/// coordination between the stateless signers, and the same on replay. Layout (64 bits, always positive):
/// kind (8 bits) | card index (40 bits) | generation (16 bits), generation counting reissues of that card.
/// </summary>
public static class CertificateSerial
{
    public const long MaxCardIndex = (1L << 40) - 1;

    public static BigInteger For(CertificateKind kind, long cardIndex, int generation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cardIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cardIndex, MaxCardIndex);
        ArgumentOutOfRangeException.ThrowIfNegative(generation);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(generation, ushort.MaxValue);
        return ((BigInteger)(int)kind << 56) | ((BigInteger)cardIndex << 16) | generation;
    }

    /// <summary>The kind encoded in a serial made by <see cref="For"/>, or null for a serial of another form.</summary>
    public static CertificateKind? KindOf(BigInteger serial)
    {
        var kind = (int)(serial >> 56);
        return Enum.IsDefined(typeof(CertificateKind), kind) && serial.Sign > 0 ? (CertificateKind)kind : null;
    }
}
