namespace MyNumber.Jpki.Verification;

/// <summary>A cache key that is the certificate's DER bytes themselves: a hash finds the bucket and a full
/// byte comparison decides, so a collision or a tampered copy can never hit another certificate's entry.</summary>
internal readonly struct DerKey : IEquatable<DerKey>
{
    private readonly int _hash;

    public DerKey(byte[] bytes)
    {
        Bytes = bytes;
        var hash = new HashCode();
        hash.AddBytes(bytes);
        _hash = hash.ToHashCode();
    }

    private DerKey(byte[] bytes, int hash)
    {
        Bytes = bytes;
        _hash = hash;
    }

    public byte[] Bytes { get; }

    /// <summary>A key on a private copy, so a caller that later changes its array cannot change the cache.</summary>
    public DerKey Detached() => new((byte[])Bytes.Clone(), _hash);

    public bool Equals(DerKey other) => _hash == other._hash && Bytes.AsSpan().SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is DerKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
