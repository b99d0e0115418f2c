using System.Diagnostics;

namespace MyNumber.Jpki.Keys;

/// <summary>
/// The key source of a fleet: a pool of <see cref="Size"/> real RSA-2048 key pairs, each a pure function of
/// (seed, label, index), generated once in parallel and kept in an optional disk cache; card <c>i</c> uses
/// key <c>KeyIndexFor(i)</c>, an O(1) hash with no allocation.
/// <para>
/// Why: generating an RSA-2048 key costs 90–270 ms, so 1 M cards would need about a day of key generation
/// on two cores. A pool of 64 keys costs ~8 s once (milliseconds from the cache) and lets a 1 M-card fleet
/// start verifying at once.
/// </para>
/// <para>
/// What it means for realism: every certificate is really issued and signed by the CA, every signature a
/// card makes is a real RSA-2048 signature, and every verification is real RSA work, so the cost of a
/// verification is the real cost. But about 1 M / Size cards share one key pair: their certificates differ
/// (serial, subject, facts, validity) while the public key inside is the same. Nothing in the system may
/// therefore identify a card by its public key, and a signature made by one card verifies under another
/// card's certificate that shares its key (a relying party always checks the certificate the card presented,
/// so the simulated flows are unaffected). Key compromise of one card would in reality affect only that card.
/// </para>
/// </summary>
public sealed class CardKeyPool
{
    private readonly PooledKeyPair[] _keys;
    private readonly ulong _mixSeed;

    private CardKeyPool(string seed, string label, PooledKeyPair[] keys, int generated, TimeSpan elapsed)
    {
        Seed = seed;
        Label = label;
        _keys = keys;
        KeysGenerated = generated;
        CreationTime = elapsed;
        _mixSeed = Fnv1a64(seed + "|" + label);
    }

    public string Seed { get; }

    public string Label { get; }

    public int Size => _keys.Length;

    /// <summary>How many keys had to be generated (the rest came from the disk cache).</summary>
    public int KeysGenerated { get; }

    /// <summary>Wall time to build the pool.</summary>
    public TimeSpan CreationTime { get; }

    /// <summary>Builds the pool: keys found in <paramref name="cacheDirectory"/> are loaded, the others are generated
    /// on all cores and stored there. Without a cache directory every key is generated.</summary>
    public static CardKeyPool Create(string seed, int size, string? cacheDirectory = null, string label = "card")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        var stopwatch = Stopwatch.StartNew();
        var cache = cacheDirectory is null ? null : new KeyPoolDiskCache(cacheDirectory);
        var keys = new PooledKeyPair[size];
        var generated = 0;
        Parallel.For(0, size, index =>
        {
            var parameters = cache?.TryLoad(seed, label, index);
            if (parameters is null)
            {
                parameters = DeterministicRsaKeyGenerator.Generate(seed, label, index);
                cache?.Store(seed, label, index, parameters.Value);
                Interlocked.Increment(ref generated);
            }

            keys[index] = new PooledKeyPair(index, parameters.Value);
        });
        return new CardKeyPool(seed, label, keys, generated, stopwatch.Elapsed);
    }

    /// <summary>The pool key of card <paramref name="cardIndex"/>: a fixed function of (seed, label, card index).</summary>
    public int KeyIndexFor(long cardIndex)
    {
        // SplitMix64 finaliser: neighbouring cards land on unrelated keys, and the same card always on the same key.
        var z = unchecked((ulong)cardIndex + _mixSeed + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z % (ulong)_keys.Length);
    }

    public PooledKeyPair KeyFor(long cardIndex) => _keys[KeyIndexFor(cardIndex)];

    public PooledKeyPair this[int index] => _keys[index];

    private static ulong Fnv1a64(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 0x100000001B3UL);
        }

        return hash;
    }
}
