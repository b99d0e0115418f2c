using MyNumber.Domain.Kiosk;

namespace MyNumber.Domain.Pins;

/// <summary>
/// R-PIN-5: kiosk PIN resets run 06:30–23:00 Japan time (06:30 inclusive, 23:00 exclusive [decision]) on
/// the days store kiosks open at all (not 29 Dec – 3 Jan, <see cref="KioskHours.IsOpenOn"/>); the
/// smartphone step runs at any time. Instants are converted to JST (UTC+9, no daylight saving).
/// </summary>
public static class PinResetHours
{
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);
    public static readonly TimeOnly KioskOpens = new(6, 30);
    public static readonly TimeOnly KioskCloses = new(23, 0);

    public static TimeOnly JapanTimeOfDay(DateTimeOffset at) => TimeOnly.FromTimeSpan(at.ToOffset(JapanOffset).TimeOfDay);

    public static bool KioskOpen(DateTimeOffset at)
    {
        var local = at.ToOffset(JapanOffset);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return KioskHours.IsOpenOn(DateOnly.FromDateTime(local.DateTime)) && time >= KioskOpens && time < KioskCloses;
    }
}
