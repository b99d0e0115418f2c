namespace MyNumber.Domain.Identity;

/// <summary>
/// A My Number (個人番号, "individual number" in the law's English): 12 digits, the last a check digit
/// (R-MN-1, R-MN-2). Named <c>IndividualNumber</c> because a type called <c>MyNumber</c> would be shadowed
/// by the <c>MyNumber</c> root namespace in every other project.
/// <see cref="ToString"/> never shows the full number; <see cref="RevealDigits"/> does, on purpose.
/// </summary>
public readonly struct IndividualNumber : IEquatable<IndividualNumber>
{
    public const int Length = 12;

    // The 12 digits as a number; default(IndividualNumber) holds 0, which is not a valid number.
    private readonly long digits;

    private IndividualNumber(long digits) => this.digits = digits;

    /// <summary>R-MN-2: the check digit over the first 11 digits (each '0'..'9').</summary>
    public static int CheckDigit(ReadOnlySpan<char> first11)
    {
        if (first11.Length != Length - 1) throw new ArgumentException("exactly 11 digits are needed", nameof(first11));
        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = first11[11 - n] - '0';
            if (p is < 0 or > 9) throw new ArgumentException("only digits are allowed", nameof(first11));
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        var r = sum % 11;
        return r <= 1 ? 0 : 11 - r;
    }

    /// <summary>R-MN-1, R-MN-2: parses 12 digits; on failure <paramref name="reason"/> says why.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out IndividualNumber number, out ReasonCode? reason)
    {
        number = default;
        if (text.Length != Length)
        {
            reason = NumberReasons.WrongLength;
            return false;
        }
        long value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                reason = NumberReasons.NotDigits;
                return false;
            }
            value = value * 10 + (c - '0');
        }
        if (CheckDigit(text[..11]) != text[11] - '0')
        {
            reason = NumberReasons.WrongCheckDigit;
            return false;
        }
        number = new IndividualNumber(value);
        reason = null;
        return true;
    }

    public static bool TryParse(ReadOnlySpan<char> text, out IndividualNumber number) => TryParse(text, out number, out _);

    /// <summary>Parses or throws <see cref="FormatException"/> naming the reason (the text itself is never echoed).</summary>
    public static IndividualNumber Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var number, out var reason)
            ? number
            : throw new FormatException($"not a valid My Number: {reason}");

    /// <summary>
    /// A valid number made from the first 11 digits (a value below 10^11) and its computed check digit.
    /// Used by the synthetic generator; never a real person's number unless chance makes it so.
    /// </summary>
    public static IndividualNumber FromBody(long body)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(body);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(body, 100_000_000_000L);
        Span<char> first11 = stackalloc char[11];
        body.TryFormat(first11, out _, "D11");
        return new IndividualNumber(body * 10 + CheckDigit(first11));
    }

    /// <summary>The deterministic synthetic number of resident <paramref name="index"/> in population <paramref name="seed"/>.</summary>
    public static IndividualNumber Synthetic(ulong seed, long index) => new SyntheticNumbers(seed).At(index);

    /// <summary>True for every value made by parsing or generation; false for <c>default</c>.</summary>
    public bool IsValid => digits != 0;

    /// <summary>The last four digits, the part that may be shown.</summary>
    public string LastFour => (digits % 10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The full 12 digits. Only for the holder's own documents and synthetic test data: never log this.</summary>
    public string RevealDigits() => digits.ToString("D12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Masked: eight asterisks and the last four digits.</summary>
    public override string ToString() => IsValid ? "********" + LastFour : "(none)";

    public bool Equals(IndividualNumber other) => digits == other.digits;

    public override bool Equals(object? obj) => obj is IndividualNumber other && Equals(other);

    public override int GetHashCode() => digits.GetHashCode();

    public static bool operator ==(IndividualNumber left, IndividualNumber right) => left.Equals(right);

    public static bool operator !=(IndividualNumber left, IndividualNumber right) => !left.Equals(right);
}
