namespace MyNumber.Domain;

/// <summary>
/// R-VAL-9 [decision], kept in this one place: how birthdays and ages are counted.
/// A 29 February birthday falls on 28 February in common years, and "the N-th birthday after a date"
/// counts only birthdays strictly after that date.
/// </summary>
public static class Birthdays
{
    /// <summary>The day the person's birthday falls on in <paramref name="year"/> (29 Feb → 28 Feb in common years).</summary>
    public static DateOnly InYear(DateOnly birth, int year)
    {
        var day = Math.Min(birth.Day, DateTime.DaysInMonth(year, birth.Month));
        return new DateOnly(year, birth.Month, day);
    }

    /// <summary>The <paramref name="n"/>-th birthday strictly after <paramref name="after"/> (n ≥ 1).</summary>
    public static DateOnly NthAfter(DateOnly birth, DateOnly after, int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var first = InYear(birth, after.Year);
        var firstYear = first > after ? after.Year : after.Year + 1;
        return InYear(birth, firstYear + n - 1);
    }

    /// <summary>Completed years of age on <paramref name="on"/>; the age rises on the birthday as <see cref="InYear"/> places it.</summary>
    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        if (on < birth) throw new ArgumentOutOfRangeException(nameof(on), "date is before the birth date");
        var age = on.Year - birth.Year;
        return on < InYear(birth, on.Year) ? age - 1 : age;
    }
}
