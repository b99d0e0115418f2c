using MyNumber.Domain.Calendar;

namespace MyNumber.Grains.Time;

/// <summary>
/// What grains read time from: the cluster's simulated clock (or a fake one in tests). It is a service of
/// its own, not the silo's <see cref="TimeProvider"/>, because Orleans runs membership probes, call
/// timeouts and activation collection on that one: accelerating them ×1000 would make healthy silos look
/// dead. Grain timers that must follow simulated time are made with <see cref="CreateTimer"/>.
/// </summary>
public sealed class FleetClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset UtcNow => Time.GetUtcNow();

    /// <summary>Today's date in Japan, the date every rule of the Domain takes.</summary>
    public DateOnly TodayInJapan => DateOnly.FromDateTime(JapanTime.ToLocal(UtcNow));

    /// <summary>Japanese wall-clock time now (kiosk hours, counter hours).</summary>
    public DateTime NowInJapan => JapanTime.ToLocal(UtcNow);

    /// <summary>
    /// How a durable reminder (which Orleans runs on the wall clock) waits for simulated <paramref name="instant"/>:
    /// a clock that runs gives the wall time until then, capped at an hour so a later change of speed is seen
    /// within the hour; a stepped or test clock cannot say, so the reminder asks again every minute (the shortest
    /// reminder period Orleans allows). The woken grain always asks this clock whether the instant has come.
    /// </summary>
    public (TimeSpan Due, TimeSpan Period) ReminderWait(DateTimeOffset instant)
    {
        var minute = TimeSpan.FromMinutes(1);
        if (Time is not SimulatedTimeProvider { Mode: not ClockMode.Stepped, Factor: > 0 } running) return (minute, minute);
        var ahead = instant - UtcNow;
        var wall = ahead <= TimeSpan.Zero ? TimeSpan.Zero : ahead / running.Factor;
        var hour = TimeSpan.FromHours(1);
        return (wall < hour ? wall : hour, hour);
    }

    /// <summary>A timer on simulated time; its callback runs outside any grain, so it should only send the grain a message.</summary>
    public ITimer CreateTimer(Action callback, TimeSpan dueTime, TimeSpan period) =>
        Time.CreateTimer(_ => callback(), null, dueTime, period);
}
