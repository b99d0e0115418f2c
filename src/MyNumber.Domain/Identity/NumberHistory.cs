namespace MyNumber.Domain.Identity;

/// <summary>
/// R-MN-3: a person's number is for life; it changes only when the mayor finds it leaked and at risk of
/// misuse (on application or ex officio), and the old number is then invalid everywhere. This record is
/// one person's number and the numbers it replaced; it needs no registry to answer "is this number good".
/// </summary>
public sealed record NumberHistory
{
    private NumberHistory(IndividualNumber current, IReadOnlyList<IndividualNumber> retired)
    {
        Current = current;
        Retired = retired;
    }

    public IndividualNumber Current { get; }

    /// <summary>Numbers this person had before, oldest first; each is invalid from its replacement on.</summary>
    public IReadOnlyList<IndividualNumber> Retired { get; }

    public static NumberHistory Of(IndividualNumber number)
    {
        if (!number.IsValid) throw new ArgumentException("a valid number is needed", nameof(number));
        return new NumberHistory(number, []);
    }

    /// <summary>
    /// Replaces the number. Refused unless the number was found leaked with a risk of misuse: a holder
    /// cannot change or choose a number for any other reason.
    /// </summary>
    public Transition<NumberHistory> Replace(IndividualNumber replacement, bool foundLeakedAtRiskOfMisuse)
    {
        if (!foundLeakedAtRiskOfMisuse) return Transition.Refuse(this, NumberReasons.ForLife);
        if (!replacement.IsValid || replacement == Current || Retired.Contains(replacement))
            return Transition.Refuse(this, NumberReasons.ReplacementInvalid);
        return Transition.Accept(new NumberHistory(replacement, [.. Retired, Current]));
    }

    /// <summary>Whether <paramref name="presented"/> may be used for this person now.</summary>
    public Outcome Check(IndividualNumber presented) =>
        presented == Current ? Outcome.Accepted
        : Retired.Contains(presented) ? Outcome.Refused(NumberReasons.Retired)
        : Outcome.Refused(NumberReasons.Mismatch);
}
