namespace MyNumber.Domain.Identity;

/// <summary>Reason codes of the identity rules (R-MN-*, R-ID-1).</summary>
public static class NumberReasons
{
    /// <summary>R-MN-1: not exactly 12 characters.</summary>
    public static readonly ReasonCode WrongLength = new("number.not-12-digits");

    /// <summary>R-MN-1: 12 characters but not all digits.</summary>
    public static readonly ReasonCode NotDigits = new("number.not-digits");

    /// <summary>R-MN-2: the 12th digit does not match the check digit of the first 11.</summary>
    public static readonly ReasonCode WrongCheckDigit = new("number.check-digit");

    /// <summary>R-MN-3: the number was replaced after a leak and is no longer valid anywhere.</summary>
    public static readonly ReasonCode Retired = new("number.retired");

    /// <summary>The number is not this person's.</summary>
    public static readonly ReasonCode Mismatch = new("number.mismatch");

    /// <summary>R-MN-3: a number is for life; it is never changed on request or chosen.</summary>
    public static readonly ReasonCode ForLife = new("number.for-life");

    /// <summary>R-MN-3: the replacement must be a different, valid number.</summary>
    public static readonly ReasonCode ReplacementInvalid = new("number.replacement-invalid");

    /// <summary>R-MN-4: numbers are never asked for or told by phone.</summary>
    public static readonly ReasonCode PhoneRequest = new("number.phone-request");

    /// <summary>R-ID-1: no document proves the number (A).</summary>
    public static readonly ReasonCode NoProofOfNumber = new("identity.no-proof-of-number");

    /// <summary>R-ID-1: no photo ID and fewer than two other documents prove identity (B).</summary>
    public static readonly ReasonCode NoProofOfIdentity = new("identity.no-proof-of-identity");
}
