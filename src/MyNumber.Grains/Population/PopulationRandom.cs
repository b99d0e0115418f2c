namespace MyNumber.Grains.Population;

/// <summary>
/// SplitMix64 seeded from (population seed, index, stream): cheap, stateless between residents, and the
/// same numbers on every machine, which a System.Random sequence does not promise across runtimes.
/// </summary>
internal struct PopulationRandom
{
    private ulong _state;

    public PopulationRandom(ulong seed, long index, int stream)
    {
        _state = seed ^ ((ulong)index * 0xD1B54A32D192ED03UL) ^ ((ulong)stream << 56);
        Next();
    }

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    /// <summary>Uniform in [0, n).</summary>
    public int Below(int n) => (int)(Next() % (ulong)n);
}
