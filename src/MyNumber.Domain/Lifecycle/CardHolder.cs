namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// The facts about the holder that card rules read. <paramref name="StayUntil"/> is the last day of a
/// foreign resident's fixed period of stay (null for nationals and residents without a fixed period).
/// </summary>
public sealed record CardHolder(DateOnly Birth, bool JapaneseNational, DateOnly? StayUntil = null)
{
    public bool HasFixedPeriodOfStay => StayUntil is not null;

    public static CardHolder National(DateOnly birth) => new(birth, true);

    public static CardHolder ForeignResident(DateOnly birth, DateOnly? stayUntil) => new(birth, false, stayUntil);
}
