using System.Security.Cryptography;
using MyNumber.Domain.Pins;

namespace MyNumber.Grains.Cards;

/// <summary>
/// A card's four PIN slots in three small arrays (per-slot salts, SHA-256 digests, failure counters):
/// about 200 bytes, where the Domain's object form costs several times that. A million active cards
/// keep this form; the Domain's <see cref="PinSet"/> is rebuilt for each PIN entry.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.StoredPins")]
public sealed record StoredPins(
    [property: Id(0)] byte[] Salts,
    [property: Id(1)] byte[] Digests,
    [property: Id(2)] byte[] Failures,
    [property: Id(3)] bool FaceAuthentication,
    [property: Id(4)] DateTimeOffset? SigningResetReservedAt)
{
    private const int Slots = 4;
    private const int DigestLength = SHA256.HashSizeInBytes;

    public PinSet ToDomain() => new(
        Slot(PinSlot.Signing), Slot(PinSlot.UserAuthentication), Slot(PinSlot.ResidentRegistry), Slot(PinSlot.CardInfoInput),
        FaceAuthentication, SigningResetReservedAt);

    public static StoredPins FromDomain(PinSet pins)
    {
        var salts = new byte[Slots * PinHash.SaltLength];
        var digests = new byte[Slots * DigestLength];
        var failures = new byte[Slots];
        for (var i = 0; i < Slots; i++)
        {
            var slot = pins[(PinSlot)i];
            failures[i] = (byte)Math.Min(slot.ConsecutiveFailures, byte.MaxValue);
            if (slot.Hash is null) continue;
            slot.Hash.Salt.CopyTo(salts.AsSpan(i * PinHash.SaltLength));
            slot.Hash.Digest.CopyTo(digests.AsSpan(i * DigestLength));
        }

        return new StoredPins(salts, digests, failures, pins.IsFaceAuthentication, pins.SigningResetReservedAt);
    }

    /// <summary>
    /// <paramref name="pins"/> as stored: <paramref name="previous"/> itself when nothing differs, and its
    /// salt and digest arrays (never written after creation) when only counters or the reservation moved,
    /// which is what a PIN entry does.
    /// </summary>
    public static StoredPins From(PinSet pins, StoredPins? previous)
    {
        ArgumentNullException.ThrowIfNull(pins);
        if (previous is null || !previous.HoldsHashesOf(pins)) return FromDomain(pins);
        var countersSame = true;
        for (var i = 0; i < Slots; i++)
            countersSame &= previous.Failures[i] == (byte)Math.Min(pins[(PinSlot)i].ConsecutiveFailures, byte.MaxValue);
        if (countersSame && previous.FaceAuthentication == pins.IsFaceAuthentication
            && previous.SigningResetReservedAt == pins.SigningResetReservedAt) return previous;
        var failures = new byte[Slots];
        for (var i = 0; i < Slots; i++) failures[i] = (byte)Math.Min(pins[(PinSlot)i].ConsecutiveFailures, byte.MaxValue);
        return previous with { Failures = failures, FaceAuthentication = pins.IsFaceAuthentication, SigningResetReservedAt = pins.SigningResetReservedAt };
    }

    /// <summary>Whether both hold the same PINs, counters and reservation (a salt changes only with its digest).</summary>
    public bool SameAs(StoredPins other) =>
        FaceAuthentication == other.FaceAuthentication && SigningResetReservedAt == other.SigningResetReservedAt
        && Failures.AsSpan().SequenceEqual(other.Failures) && Digests.AsSpan().SequenceEqual(other.Digests);

    /// <summary>Whether every slot of <paramref name="pins"/> has this slot's salt and digest (or, like it, none).</summary>
    private bool HoldsHashesOf(PinSet pins)
    {
        for (var i = 0; i < Slots; i++)
        {
            var digest = Digests.AsSpan(i * DigestLength, DigestLength);
            if (pins[(PinSlot)i].Hash is not { } hash)
            {
                if (digest.IndexOfAnyExcept((byte)0) >= 0) return false;
                continue;
            }

            if (!hash.Digest.SequenceEqual(digest) || !hash.Salt.SequenceEqual(Salts.AsSpan(i * PinHash.SaltLength, PinHash.SaltLength)))
                return false;
        }

        return true;
    }

    /// <summary>One slot in the Domain's form (one hash rebuilt, not four).</summary>
    public PinSlotState Slot(PinSlot slot)
    {
        var i = (int)slot;
        var digest = Digests.AsSpan(i * DigestLength, DigestLength);
        var hash = digest.IndexOfAnyExcept((byte)0) < 0
            ? null
            : PinHash.Restore(Salts.AsSpan(i * PinHash.SaltLength, PinHash.SaltLength), digest);
        return new PinSlotState(slot, hash, Failures[i]);
    }
}
