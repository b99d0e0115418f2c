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

    /// <summary>A timer on simulated time; its callback runs outside any grain, so it should only send the grain a message.</summary>
    public ITimer CreateTimer(Action callback, TimeSpan dueTime, TimeSpan period) =>
        Time.CreateTimer(_ => callback(), null, dueTime, period);
}
