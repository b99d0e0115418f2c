using System.Security.Cryptography;

namespace MyNumber.CardEmulator;

/// <summary>
/// One PIN of the card with its retry counter (R-PIN-2). The counter survives power cycles, as on a real
/// card; only a right entry before the limit resets it.
/// </summary>
internal sealed class PinSlot(ReadOnlySpan<byte> value, int maxTries)
{
    public const int MaxLength = 16;

    private byte[] _value = value.ToArray();

    public int MaxTries { get; } = maxTries;
    public int TriesLeft { get; private set; } = maxTries;
    public bool IsBlocked => TriesLeft == 0;

    /// <summary>Compares in constant time over the padded maximum length, then counts the attempt.</summary>
    public bool Check(ReadOnlySpan<byte> candidate)
    {
        Span<byte> expected = stackalloc byte[MaxLength];
        Span<byte> given = stackalloc byte[MaxLength];
        expected.Clear();
        given.Clear();
        _value.CopyTo(expected);
        candidate[..Math.Min(candidate.Length, MaxLength)].CopyTo(given);
        bool same = CryptographicOperations.FixedTimeEquals(expected, given) & candidate.Length == _value.Length;
        CryptographicOperations.ZeroMemory(given);
        CryptographicOperations.ZeroMemory(expected);
        TriesLeft = same ? MaxTries : TriesLeft - 1;
        return same;
    }

    /// <summary>CHANGE REFERENCE DATA: the new value replaces the old, which is wiped.</summary>
    public void Change(ReadOnlySpan<byte> newValue)
    {
        CryptographicOperations.ZeroMemory(_value);
        _value = newValue.ToArray();
    }
}
