namespace MyNumber.Domain.Pins;

/// <summary>R-PIN-1: the format each slot accepts.</summary>
public static class PinFormat
{
    public static bool IsValid(PinSlot slot, ReadOnlySpan<char> pin) =>
        slot == PinSlot.Signing ? IsSigningPin(pin) : IsFourDigits(pin);

    public static Outcome Check(PinSlot slot, ReadOnlySpan<char> pin) =>
        IsValid(slot, pin) ? Outcome.Accepted : Outcome.Refused(PinReasons.Format);

    /// <summary>6–16 characters from A–Z and 0–9, at least one letter and one digit.</summary>
    private static bool IsSigningPin(ReadOnlySpan<char> pin)
    {
        if (pin.Length is < 6 or > 16) return false;
        bool letter = false, digit = false;
        foreach (var c in pin)
        {
            if (c is >= 'A' and <= 'Z') letter = true;
            else if (c is >= '0' and <= '9') digit = true;
            else return false;
        }
        return letter && digit;
    }

    private static bool IsFourDigits(ReadOnlySpan<char> pin)
    {
        if (pin.Length != 4) return false;
        foreach (var c in pin)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
