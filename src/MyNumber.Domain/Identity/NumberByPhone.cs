namespace MyNumber.Domain.Identity;

/// <summary>
/// R-MN-4: staff never ask for a number by phone and a number is never told by phone, whoever calls and
/// whatever they claim. The simulation's "phone request for a number" therefore has one answer.
/// </summary>
public static class NumberByPhone
{
    public static Outcome Request() => Outcome.Refused(NumberReasons.PhoneRequest);
}
