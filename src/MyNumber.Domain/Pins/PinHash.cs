using System.Security.Cryptography;
using System.Text;

namespace MyNumber.Domain.Pins;

/// <summary>
/// A PIN kept only as SHA-256(salt ‖ UTF-8 PIN) with a per-PIN salt; the PIN itself is never stored.
/// No key stretching on purpose: a 4-digit PIN has 10^4 values whatever the hash costs, the card's retry
/// counter (R-PIN-2) is what protects it, and a simulated fleet of millions cannot pay for PBKDF2.
/// </summary>
public sealed class PinHash
{
    public const int SaltLength = 16;
    private readonly byte[] salt;
    private readonly byte[] digest;

    private PinHash(byte[] salt, byte[] digest)
    {
        this.salt = salt;
        this.digest = digest;
    }

    public ReadOnlySpan<byte> Salt => salt;

    public ReadOnlySpan<byte> Digest => digest;

    /// <summary>Hashes with a caller-given salt (deterministic: same PIN and salt, same hash).</summary>
    public static PinHash Create(ReadOnlySpan<char> pin, ReadOnlySpan<byte> salt)
    {
        if (salt.Length != SaltLength) throw new ArgumentException($"the salt must be {SaltLength} bytes", nameof(salt));
        return new PinHash(salt.ToArray(), Compute(pin, salt));
    }

    /// <summary>Hashes with a fresh random salt.</summary>
    public static PinHash Create(ReadOnlySpan<char> pin) => Create(pin, RandomNumberGenerator.GetBytes(SaltLength));

    /// <summary>Rebuilds a stored hash.</summary>
    public static PinHash Restore(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> digest)
    {
        if (salt.Length != SaltLength || digest.Length != SHA256.HashSizeInBytes)
            throw new ArgumentException("not a stored PIN hash");
        return new PinHash(salt.ToArray(), digest.ToArray());
    }

    /// <summary>Whether <paramref name="pin"/> is the hashed PIN, compared in constant time.</summary>
    public bool Matches(ReadOnlySpan<char> pin) => CryptographicOperations.FixedTimeEquals(Compute(pin, salt), digest);

    public override string ToString() => "PinHash(hidden)";

    private static byte[] Compute(ReadOnlySpan<char> pin, ReadOnlySpan<byte> salt)
    {
        Span<byte> buffer = stackalloc byte[salt.Length + Encoding.UTF8.GetMaxByteCount(Math.Min(pin.Length, 64))];
        salt.CopyTo(buffer);
        var written = Encoding.UTF8.GetBytes(pin[..Math.Min(pin.Length, 64)], buffer[salt.Length..]);
        var result = SHA256.HashData(buffer[..(salt.Length + written)]);
        CryptographicOperations.ZeroMemory(buffer);
        return result;
    }
}
