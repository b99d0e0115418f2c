using MyNumber.Domain.Calendar;

namespace MyNumber.Domain.Kiosk;

/// <summary>
/// R-KIOSK-9: after a new card is handed over, or after a transfer-in (continued use), resident-record copies
/// and seal certificates are available at a store from 06:30 on the day after the handover if that was a
/// business day (平日), else from the day after the next business day (翌営業日の次の日, p.16).
/// </summary>
public static class KioskAvailability
{
    public static bool AppliesTo(CertificateKind kind) =>
        kind is CertificateKind.ResidentRecordCopy or CertificateKind.SealRegistrationCertificate;

    /// <summary>The first Japan wall-clock moment the store may issue after <paramref name="handedOverOn"/>.</summary>
    public static DateTime AvailableFrom(DateOnly handedOverOn)
    {
        var processedOn = JapaneseCalendar.IsBusinessDay(handedOverOn)
            ? handedOverOn
            : JapaneseCalendar.NextBusinessDay(handedOverOn);
        return processedOn.AddDays(1).ToDateTime(KioskHours.Opens);
    }

    public static Outcome Check(CertificateKind kind, DateOnly? handedOverOn, DateTime localTime) =>
        handedOverOn is { } day && AppliesTo(kind) && localTime < AvailableFrom(day)
            ? Outcome.Refused(KioskReasons.NotYetAvailable)
            : Outcome.Accepted;
}
