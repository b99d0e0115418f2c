using MyNumber.Domain.Calendar;

namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-2: store kiosks issue 06:30–23:00 every day, weekends and holidays included, except 29 Dec – 3 Jan.
/// Family-register certificates only 08:30–17:00 on weekdays; the guide (p.15) excludes 土日祝日・年末年始 from
/// those, which is exactly a business day of <see cref="JapaneseCalendar"/>.
/// [decision] Closing times are exclusive: at 23:00:00 (17:00:00) the kiosk no longer starts an issuance.
/// Maintenance days are announced ad hoc and are not modelled.
/// </summary>
public static class KioskHours
{
    public static readonly TimeOnly Opens = new(6, 30);
    public static readonly TimeOnly Closes = new(23, 0);
    public static readonly TimeOnly FamilyRegisterOpens = new(8, 30);
    public static readonly TimeOnly FamilyRegisterCloses = new(17, 0);

    /// <summary>Whether kiosks issue anything on <paramref name="date"/> at all.</summary>
    public static bool IsOpenOn(DateOnly date) => !JapaneseCalendar.IsYearEndClosure(date);

    /// <summary>Whether a kiosk issues anything at <paramref name="localTime"/> (Japan wall-clock time).</summary>
    public static Outcome CheckOpen(DateTime localTime)
    {
        var date = DateOnly.FromDateTime(localTime);
        if (!IsOpenOn(date)) return Outcome.Refused(KioskReasons.YearEndClosure);
        var time = TimeOnly.FromDateTime(localTime);
        return time >= Opens && time < Closes ? Outcome.Accepted : Outcome.Refused(KioskReasons.OutsideHours);
    }

    /// <summary>Whether <paramref name="kind"/> can be issued at <paramref name="localTime"/> (Japan wall-clock time).</summary>
    public static Outcome CheckFor(CertificateKind kind, DateTime localTime)
    {
        var open = CheckOpen(localTime);
        if (!open.IsAccepted || !StoreCatalogue.IsFamilyRegister(kind)) return open;
        var time = TimeOnly.FromDateTime(localTime);
        return JapaneseCalendar.IsBusinessDay(DateOnly.FromDateTime(localTime))
               && time >= FamilyRegisterOpens && time < FamilyRegisterCloses
            ? Outcome.Accepted
            : Outcome.Refused(KioskReasons.FamilyRegisterOutsideHours);
    }
}
