using MyNumber.Domain.Identity;

namespace MyNumber.Domain.Pins;

/// <summary>
/// A card's four PIN slots (R-PIN-1..5), or none at all on a face-authentication card (R-PIN-6). Also holds
/// the reservation made by the smartphone step of a kiosk signing-PIN reset (R-PIN-4). Immutable: every
/// operation returns the next set and an outcome, and a refusal never throws.
/// </summary>
public sealed record PinSet(
    PinSlotState Signing,
    PinSlotState UserAuthentication,
    PinSlotState ResidentRegistry,
    PinSlotState CardInfoInput,
    bool IsFaceAuthentication,
    DateTimeOffset? SigningResetReservedAt)
{
    /// <summary>R-PIN-4: how long the smartphone step's reservation holds.</summary>
    public static readonly TimeSpan ReservationWindow = TimeSpan.FromHours(24);

    /// <summary>R-PIN-6: a face-authentication card, with no PIN in any slot.</summary>
    public static PinSet FaceAuthentication() => new(
        PinSlotState.Empty(PinSlot.Signing), PinSlotState.Empty(PinSlot.UserAuthentication),
        PinSlotState.Empty(PinSlot.ResidentRegistry), PinSlotState.Empty(PinSlot.CardInfoInput), true, null);

    /// <summary>
    /// R-PIN-1: the PINs chosen at handover. An empty <paramref name="signing"/> means no signing
    /// certificate (under 15, R-VAL-4). The three 4-digit PINs may share a value; each slot is separate
    /// and gets its own salt derived from <paramref name="salt"/>.
    /// </summary>
    public static Transition<PinSet> Choose(ReadOnlySpan<char> signing, ReadOnlySpan<char> user,
        ReadOnlySpan<char> residentRegistry, ReadOnlySpan<char> cardInfoInput, ReadOnlySpan<byte> salt)
    {
        var empty = FaceAuthentication() with { IsFaceAuthentication = false };
        var s = signing.IsEmpty ? Transition.Accept(empty.Signing) : PinSlotState.Set(PinSlot.Signing, signing, SlotSalt(salt, PinSlot.Signing));
        var u = PinSlotState.Set(PinSlot.UserAuthentication, user, SlotSalt(salt, PinSlot.UserAuthentication));
        var r = PinSlotState.Set(PinSlot.ResidentRegistry, residentRegistry, SlotSalt(salt, PinSlot.ResidentRegistry));
        var c = PinSlotState.Set(PinSlot.CardInfoInput, cardInfoInput, SlotSalt(salt, PinSlot.CardInfoInput));
        if (!(s.IsAccepted && u.IsAccepted && r.IsAccepted && c.IsAccepted)) return Transition.Refuse(empty, PinReasons.Format);
        return Transition.Accept(new PinSet(s.State, u.State, r.State, c.State, false, null));
    }

    public PinSlotState this[PinSlot slot] => slot switch
    {
        PinSlot.Signing => Signing,
        PinSlot.UserAuthentication => UserAuthentication,
        PinSlot.ResidentRegistry => ResidentRegistry,
        _ => CardInfoInput,
    };

    /// <summary>R-PIN-2: checks a PIN; wrong entries count towards the slot's lock.</summary>
    public Transition<PinSet> Verify(PinSlot slot, ReadOnlySpan<char> pin)
    {
        if (IsFaceAuthentication) return Transition.Refuse(this, PinReasons.FaceAuthenticationCard);
        var result = this[slot].Verify(pin);
        return new Transition<PinSet>(With(result.State), result.Outcome);
    }

    /// <summary>R-PIN-3: at the counter, with the card and one more identity document, a slot gets a new PIN and an unlocked counter.</summary>
    public Transition<PinSet> ResetAtCounter(PinSlot slot, ReadOnlySpan<char> newPin, IEnumerable<IdentityDocument> shown, ReadOnlySpan<byte> salt)
    {
        if (IsFaceAuthentication) return Transition.Refuse(this, PinReasons.FaceAuthenticationCard);
        var documents = shown.ToList();
        var hasCard = documents.Remove(IdentityDocument.MyNumberCard);
        if (!hasCard || !documents.Any(ProofOfIdentity.IsIdentityDocument))
            return Transition.Refuse(this, PinReasons.CounterNeedsCardAndDocument);
        var result = this[slot].Replace(newPin, SlotSalt(salt, slot));
        return new Transition<PinSet>(With(result.State), result.Outcome);
    }

    /// <summary>R-PIN-4 step 1, on a smartphone at any time (R-PIN-5): read the chip with the user PIN and match the face.</summary>
    public Transition<PinSet> ReserveSigningReset(ReadOnlySpan<char> userPin, bool faceMatched, DateTimeOffset at)
    {
        var verified = Verify(PinSlot.UserAuthentication, userPin);
        if (!verified.IsAccepted) return verified;
        if (!faceMatched) return Transition.Refuse(verified.State, PinReasons.FaceMatchFailed);
        return Transition.Accept(verified.State with { SigningResetReservedAt = at });
    }

    /// <summary>R-PIN-4 step 2 at a kiosk within 24 h of step 1 and during kiosk hours (R-PIN-5): user PIN, then the new signing PIN.</summary>
    public Transition<PinSet> CompleteSigningReset(ReadOnlySpan<char> userPin, ReadOnlySpan<char> newSigningPin, DateTimeOffset at, ReadOnlySpan<byte> salt)
    {
        if (IsFaceAuthentication) return Transition.Refuse(this, PinReasons.FaceAuthenticationCard);
        if (!PinResetHours.KioskOpen(at)) return Transition.Refuse(this, PinReasons.OutsideKioskHours);
        if (SigningResetReservedAt is not { } reserved || at < reserved || at - reserved > ReservationWindow)
            return Transition.Refuse(this with { SigningResetReservedAt = null }, PinReasons.NoValidReservation);
        if (!PinFormat.IsValid(PinSlot.Signing, newSigningPin)) return Transition.Refuse(this, PinReasons.Format);
        var verified = Verify(PinSlot.UserAuthentication, userPin);
        if (!verified.IsAccepted) return verified;
        var replaced = verified.State.Signing.Replace(newSigningPin, SlotSalt(salt, PinSlot.Signing));
        return Transition.Accept(verified.State.With(replaced.State) with { SigningResetReservedAt = null });
    }

    /// <summary>R-PIN-4: kiosk reset of the user PIN needs the signing PIN instead, during kiosk hours (R-PIN-5).</summary>
    public Transition<PinSet> ResetUserPinAtKiosk(ReadOnlySpan<char> signingPin, ReadOnlySpan<char> newUserPin, DateTimeOffset at, ReadOnlySpan<byte> salt)
    {
        if (IsFaceAuthentication) return Transition.Refuse(this, PinReasons.FaceAuthenticationCard);
        if (!PinResetHours.KioskOpen(at)) return Transition.Refuse(this, PinReasons.OutsideKioskHours);
        if (!PinFormat.IsValid(PinSlot.UserAuthentication, newUserPin)) return Transition.Refuse(this, PinReasons.Format);
        var verified = Verify(PinSlot.Signing, signingPin);
        if (!verified.IsAccepted) return verified;
        var replaced = verified.State.UserAuthentication.Replace(newUserPin, SlotSalt(salt, PinSlot.UserAuthentication));
        return Transition.Accept(verified.State.With(replaced.State));
    }

    /// <summary>A new signing PIN with a new signing certificate (R-MOVE-1, R-MOVE-2), counter cleared.</summary>
    public Transition<PinSet> WithNewSigningPin(ReadOnlySpan<char> pin, ReadOnlySpan<byte> salt)
    {
        if (IsFaceAuthentication) return Transition.Refuse(this, PinReasons.FaceAuthenticationCard);
        var replaced = Signing.Replace(pin, SlotSalt(salt, PinSlot.Signing));
        return new Transition<PinSet>(With(replaced.State), replaced.Outcome);
    }

    public PinSet With(PinSlotState slot) => slot.Slot switch
    {
        PinSlot.Signing => this with { Signing = slot },
        PinSlot.UserAuthentication => this with { UserAuthentication = slot },
        PinSlot.ResidentRegistry => this with { ResidentRegistry = slot },
        _ => this with { CardInfoInput = slot },
    };

    private static byte[] SlotSalt(ReadOnlySpan<byte> salt, PinSlot slot)
    {
        var derived = salt.ToArray();
        if (derived.Length > 0) derived[^1] ^= (byte)(1 + (int)slot);
        return derived;
    }
}
