namespace MyNumber.Domain.Validity;

/// <summary>
/// Foreign residents with a fixed period of stay (R-VAL-5, R-VAL-6, p.19).
/// </summary>
public static class ForeignResidentValidity
{
    /// <summary>R-VAL-6: the longest special extension (特例期間) after the period of stay ends.</summary>
    public const int SpecialExtensionMonths = 2;

    /// <summary>
    /// R-VAL-6: the card's last valid day when the holder applied for renewal of stay on
    /// <paramref name="appliedOn"/>: until the decision, at most 2 months past the period's end.
    /// Null when the application came after the period ended (no extension: the card ended with it).
    /// </summary>
    public static DateOnly? SpecialExtensionEnds(DateOnly stayUntil, DateOnly appliedOn, DateOnly? decidedOn = null)
    {
        if (appliedOn > stayUntil) return null;
        var limit = stayUntil.AddMonths(SpecialExtensionMonths);
        return decidedOn is { } decided && decided < limit ? (decided > stayUntil ? decided : stayUntil) : limit;
    }

    /// <summary>
    /// R-VAL-5: extending the stay does not extend the card; updating it at the counter on
    /// <paramref name="updatedOn"/> gives the new expiry, but only while the card is still valid.
    /// Afterwards the card has lapsed and a charged reissue is needed.
    /// </summary>
    public static Transition<DateOnly> UpdateAfterStayExtension(
        DateOnly birth, DateOnly cardIssued, DateOnly cardExpires, DateOnly newStayUntil, DateOnly updatedOn)
    {
        if (updatedOn > cardExpires) return Transition.Refuse(cardExpires, ValidityReasons.CardLapsed);
        return Transition.Accept(ValidityRules.CardExpires(birth, cardIssued, newStayUntil));
    }
}
