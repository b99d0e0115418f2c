using MyNumber.Domain.Identity;

namespace MyNumber.Domain.Tests.Identity;

public sealed class NumberRulesTests
{
    private static readonly IndividualNumber First = IndividualNumber.Synthetic(7, 1);
    private static readonly IndividualNumber Second = IndividualNumber.Synthetic(7, 2);

    [Fact(DisplayName = "R-MN-3: a number cannot be changed at the holder's wish")]
    public void NotOnRequest()
    {
        var history = NumberHistory.Of(First);
        var result = history.Replace(Second, foundLeakedAtRiskOfMisuse: false);
        Assert.Equal(NumberReasons.ForLife, result.Outcome.Reason);
        Assert.Same(history, result.State);
    }

    [Fact(DisplayName = "R-MN-3: after a leak the old number is invalid everywhere")]
    public void LeakReplaces()
    {
        var result = NumberHistory.Of(First).Replace(Second, foundLeakedAtRiskOfMisuse: true);
        Assert.True(result.IsAccepted);
        Assert.Equal(NumberReasons.Retired, result.State.Check(First).Reason);
        Assert.True(result.State.Check(Second).IsAccepted);
        Assert.Equal(NumberReasons.Mismatch, result.State.Check(IndividualNumber.Synthetic(7, 3)).Reason);
    }

    [Fact(DisplayName = "R-MN-3: an old number cannot come back as the replacement")]
    public void NoReuse()
    {
        var changed = NumberHistory.Of(First).Replace(Second, true).State;
        Assert.Equal(NumberReasons.ReplacementInvalid, changed.Replace(First, true).Outcome.Reason);
        Assert.Equal(NumberReasons.ReplacementInvalid, changed.Replace(default, true).Outcome.Reason);
    }

    [Fact(DisplayName = "R-MN-4: a phone request for a number is always refused")]
    public void Phone() => Assert.Equal(NumberReasons.PhoneRequest, NumberByPhone.Request().Reason);
}
