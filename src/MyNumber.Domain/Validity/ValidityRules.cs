namespace MyNumber.Domain.Validity;

/// <summary>
/// Card and certificate validity (R-VAL-1..5, R-VAL-7, R-VAL-8), as pure functions of dates. Birthdays
/// are counted by <see cref="Birthdays"/> (R-VAL-9). A non-null <c>stayUntil</c> marks a foreign
/// resident with a fixed period of stay and is the last day of that period.
/// </summary>
public static class ValidityRules
{
    /// <summary>R-VAL-2: the day the age of majority fell from 20 to 18.</summary>
    public static readonly DateOnly MajorityAgeLowered = new(2022, 4, 1);

    /// <summary>R-VAL-4: below this age no signing certificate is issued.</summary>
    public const int SigningCertificateMinimumAge = 15;

    /// <summary>R-VAL-1, R-VAL-2: the age from which a card runs ten birthdays instead of five.</summary>
    public static int AdultAge(DateOnly issued) => issued < MajorityAgeLowered ? 20 : 18;

    /// <summary>R-VAL-1, R-VAL-2: whether the holder counted as an adult for the card on its issue date.</summary>
    public static bool IsAdultCard(DateOnly birth, DateOnly issued) => Birthdays.AgeOn(birth, issued) >= AdultAge(issued);

    /// <summary>R-VAL-1, R-VAL-2, R-VAL-5: the card's last valid day.</summary>
    public static DateOnly CardExpires(DateOnly birth, DateOnly issued, DateOnly? stayUntil = null)
    {
        RequireIssuedAfterBirth(birth, issued);
        var birthdayLimit = Birthdays.NthAfter(birth, issued, IsAdultCard(birth, issued) ? 10 : 5);
        return CapByStay(birthdayLimit, stayUntil);
    }

    /// <summary>R-VAL-3, R-VAL-5: a certificate's last valid day, counted from its own issue date.</summary>
    public static DateOnly CertificateExpires(DateOnly birth, DateOnly certificateIssued, DateOnly? stayUntil = null)
    {
        RequireIssuedAfterBirth(birth, certificateIssued);
        return CapByStay(Birthdays.NthAfter(birth, certificateIssued, 5), stayUntil);
    }

    /// <summary>R-VAL-4: whether a signing certificate is issued to someone of this age on <paramref name="on"/>.</summary>
    public static bool GetsSigningCertificate(DateOnly birth, DateOnly on) =>
        Birthdays.AgeOn(birth, on) >= SigningCertificateMinimumAge;

    /// <summary>
    /// R-VAL-7: renewal opens on the day after the date three months before expiry, or on the first of
    /// the next month where that date does not exist. DateOnly.AddMonths clamps to the month's end,
    /// which is exactly that: May 30 → Feb 28 (+1) → Mar 1.
    /// </summary>
    public static DateOnly RenewalOpens(DateOnly expires) => expires.AddMonths(-3).AddDays(1);

    /// <summary>
    /// R-VAL-8 [decision]: the notice ("about 3 months before") is dated exactly three months before the
    /// expiry, clamped like R-VAL-7, i.e. the day before renewal opens. None for a fixed period of stay.
    /// </summary>
    public static DateOnly? NoticeDate(DateOnly expires, bool fixedPeriodOfStay) =>
        fixedPeriodOfStay ? null : expires.AddMonths(-3);

    private static DateOnly CapByStay(DateOnly limit, DateOnly? stayUntil) =>
        stayUntil is { } end && end < limit ? end : limit;

    private static void RequireIssuedAfterBirth(DateOnly birth, DateOnly issued)
    {
        if (issued < birth) throw new ArgumentOutOfRangeException(nameof(issued), "issue date is before the birth date");
    }
}
