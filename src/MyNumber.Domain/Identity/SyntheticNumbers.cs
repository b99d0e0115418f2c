namespace MyNumber.Domain.Identity;

/// <summary>
/// Deterministic synthetic My Numbers for a population seed: index i always gives the same number, and
/// distinct indices below 10^11 give distinct numbers, because the 11-digit body is an affine permutation
/// of the index modulo 10^11 whose multiplier and offset come from the seed.
/// </summary>
public sealed class SyntheticNumbers
{
    private const long Bodies = 100_000_000_000L;
    private readonly ulong multiplier;
    private readonly ulong offset;

    public SyntheticNumbers(ulong seed)
    {
        var state = seed;
        // A multiplier coprime to 10^11 (odd and not a multiple of 5) keeps the map a permutation.
        var m = SplitMix(ref state) % Bodies;
        if (m % 2 == 0) m += 1;
        if (m % 5 == 0) m += 2;
        multiplier = m % Bodies;
        offset = SplitMix(ref state) % Bodies;
    }

    /// <summary>The number of resident <paramref name="index"/> (0 ≤ index &lt; 10^11).</summary>
    public IndividualNumber At(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Bodies);
        var body = (UInt128)multiplier * (ulong)index + offset;
        return IndividualNumber.FromBody((long)(body % Bodies));
    }

    /// <summary><paramref name="count"/> numbers for indices <paramref name="start"/>, start+1, ….</summary>
    public IEnumerable<IndividualNumber> Take(long start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        for (var i = 0; i < count; i++) yield return At(start + i);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
