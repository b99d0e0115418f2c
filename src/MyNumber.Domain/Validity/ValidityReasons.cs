namespace MyNumber.Domain.Validity;

/// <summary>Reason codes of the validity rules (R-VAL-*).</summary>
public static class ValidityReasons
{
    /// <summary>R-VAL-5: the card expired before it was updated; it has lapsed and must be reissued.</summary>
    public static readonly ReasonCode CardLapsed = new("card.lapsed");

    /// <summary>R-VAL-7: the renewal window has not opened yet.</summary>
    public static readonly ReasonCode RenewalNotOpen = new("renewal.not-open");
}
