namespace MyNumber.Domain.Lifecycle;

/// <summary>
/// R-MOVE-5: since 2024-05-27 a Japanese national living abroad can apply for and collect a card at an
/// embassy or at a municipality while visiting, if registered in Japan at any time after 2015-10-05 (when
/// numbers were first assigned). A successful check is followed by <see cref="Card.Apply"/>.
/// </summary>
public static class OverseasApplication
{
    public static readonly DateOnly Starts = new(2024, 5, 27);
    public static readonly DateOnly RegisteredSince = new(2015, 10, 5);

    /// <summary><paramref name="lastRegisteredInJapan"/>: the last day of a resident record in Japan, null if never.</summary>
    public static Outcome MayApply(CardHolder holder, DateOnly? lastRegisteredInJapan, DateOnly on)
    {
        if (!holder.JapaneseNational) return Outcome.Refused(CardReasons.OverseasNotNational);
        if (on < Starts) return Outcome.Refused(CardReasons.OverseasNotYet);
        return lastRegisteredInJapan is { } last && last >= RegisteredSince
            ? Outcome.Accepted
            : Outcome.Refused(CardReasons.OverseasNeverRegistered);
    }
}
