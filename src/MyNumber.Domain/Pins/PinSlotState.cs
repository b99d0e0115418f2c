namespace MyNumber.Domain.Pins;

/// <summary>
/// One PIN slot: its hashed PIN (null when none is set) and its count of consecutive wrong entries
/// (R-PIN-2). Immutable; every entry returns the next state.
/// </summary>
public sealed record PinSlotState(PinSlot Slot, PinHash? Hash, int ConsecutiveFailures)
{
    /// <summary>R-PIN-2: wrong entries in a row that lock the slot.</summary>
    public int Limit => LimitFor(Slot);

    public bool IsSet => Hash is not null;

    public bool IsLocked => ConsecutiveFailures >= Limit;

    public int RemainingTries => Math.Max(0, Limit - ConsecutiveFailures);

    public static int LimitFor(PinSlot slot) => slot == PinSlot.Signing ? 5 : 3;

    public static PinSlotState Empty(PinSlot slot) => new(slot, null, 0);

    /// <summary>A slot holding <paramref name="pin"/> (format checked, R-PIN-1), counter at zero.</summary>
    public static Transition<PinSlotState> Set(PinSlot slot, ReadOnlySpan<char> pin, ReadOnlySpan<byte> salt)
    {
        if (!PinFormat.IsValid(slot, pin)) return Transition.Refuse(Empty(slot), PinReasons.Format);
        return Transition.Accept(new PinSlotState(slot, PinHash.Create(pin, salt), 0));
    }

    /// <summary>R-PIN-2: a locked slot refuses even the right PIN; a right PIN before the limit resets the counter.</summary>
    public Transition<PinSlotState> Verify(ReadOnlySpan<char> pin)
    {
        if (Hash is null) return Transition.Refuse(this, PinReasons.NotSet);
        if (IsLocked) return Transition.Refuse(this, PinReasons.Locked);
        if (Hash.Matches(pin)) return Transition.Accept(this with { ConsecutiveFailures = 0 });
        return Transition.Refuse(this with { ConsecutiveFailures = ConsecutiveFailures + 1 }, PinReasons.Wrong);
    }

    /// <summary>A new PIN with the counter cleared (counter or kiosk reset).</summary>
    public Transition<PinSlotState> Replace(ReadOnlySpan<char> pin, ReadOnlySpan<byte> salt)
    {
        if (!PinFormat.IsValid(Slot, pin)) return Transition.Refuse(this, PinReasons.Format);
        return Transition.Accept(this with { Hash = PinHash.Create(pin, salt), ConsecutiveFailures = 0 });
    }

    /// <summary>Clears the counter, keeping the PIN (unlock at the counter).</summary>
    public PinSlotState Unlock() => this with { ConsecutiveFailures = 0 };
}
