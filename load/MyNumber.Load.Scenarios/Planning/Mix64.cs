namespace MyNumber.Load.Scenarios.Planning;

/// <summary>SplitMix64 over (seed, sequence, stream): the same numbers on every machine and runtime.</summary>
internal static class Mix64
{
    public static ulong Hash(ulong seed, long sequence, int stream)
    {
        ulong z = seed ^ ((ulong)sequence * 0xD1B54A32D192ED03UL) ^ ((ulong)stream << 58);
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public static double Unit(ulong seed, long sequence, int stream) => (Hash(seed, sequence, stream) >> 11) * (1.0 / (1UL << 53));
}
