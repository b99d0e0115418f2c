using Microsoft.Extensions.Time.Testing;
using MyNumber.Grains.Time;

namespace MyNumber.Grains.Tests;

/// <summary>The cluster clock, driven by a fake wall clock: no sleeps.</summary>
public sealed class SimulatedTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact(DisplayName = "clock: real mode follows the wall clock from its start instant")]
    public void RealMode()
    {
        var wall = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new SimulatedTimeProvider(wall, Start);
        wall.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(Start.AddMinutes(5), clock.GetUtcNow());
    }

    [Fact(DisplayName = "clock: accelerated ×60 runs an hour per wall-clock minute")]
    public void AcceleratedMode()
    {
        var wall = new FakeTimeProvider(Start);
        var clock = new SimulatedTimeProvider(wall, Start);
        clock.Accelerate(60);
        wall.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact(DisplayName = "clock: stepped mode stands still until advanced, then fires due timers in order")]
    public void SteppedMode()
    {
        var wall = new FakeTimeProvider(Start);
        var clock = new SimulatedTimeProvider(wall, Start);
        clock.Step();
        var fired = new List<string>();
        using var daily = clock.CreateTimer(_ => fired.Add("daily@" + clock.GetUtcNow().Day), null, TimeSpan.FromDays(1), TimeSpan.FromDays(1));
        using var once = clock.CreateTimer(_ => fired.Add("once"), null, TimeSpan.FromHours(36), Timeout.InfiniteTimeSpan);
        wall.Advance(TimeSpan.FromDays(10));
        Assert.Equal(Start, clock.GetUtcNow());
        Assert.Empty(fired);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(["daily@2", "once", "daily@3", "daily@4"], fired);
        Assert.Equal(Start.AddDays(3), clock.GetUtcNow());
    }

    [Fact(DisplayName = "clock: switching modes keeps simulated time continuous")]
    public void ModeSwitchIsContinuous()
    {
        var wall = new FakeTimeProvider(Start);
        var clock = new SimulatedTimeProvider(wall, Start);
        clock.Accelerate(10);
        wall.Advance(TimeSpan.FromMinutes(6));
        clock.Step();
        clock.Advance(TimeSpan.FromHours(1));
        clock.RunReal();
        wall.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(Start.AddHours(2).AddMinutes(1), clock.GetUtcNow());
    }

    [Fact(DisplayName = "clock: a disposed timer never fires")]
    public void DisposedTimer()
    {
        var clock = new SimulatedTimeProvider(new FakeTimeProvider(Start), Start);
        clock.Step();
        var fired = 0;
        var timer = clock.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));
        timer.Dispose();
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, fired);
    }

    [Fact(DisplayName = "clock: following a cluster setting forward fires the timers on the way; backward keeps their remaining wait")]
    public void FollowsClusterSetting()
    {
        var wall = new FakeTimeProvider(Start);
        var clock = new SimulatedTimeProvider(wall, Start);
        clock.Step();
        var fired = new List<DateTimeOffset>();
        using var hourly = clock.CreateTimer(_ => fired.Add(clock.GetUtcNow()), null, TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        clock.Follow(stepped: true, Start.AddHours(2), wall.GetUtcNow(), 0);
        Assert.Equal(Start.AddHours(2), clock.GetUtcNow());
        Assert.Equal([Start.AddHours(1), Start.AddHours(2)], fired);

        var switchDay = new DateTimeOffset(2024, 12, 2, 0, 0, 0, TimeSpan.Zero);
        clock.Follow(stepped: true, switchDay, wall.GetUtcNow(), 0);
        Assert.Equal(switchDay, clock.GetUtcNow());
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(switchDay.AddHours(1), fired[^1]);

        // Accelerated ×60 from a setting made 10 wall seconds ago: ten simulated minutes on.
        var setAt = wall.GetUtcNow();
        wall.Advance(TimeSpan.FromSeconds(10));
        clock.Follow(stepped: false, switchDay.AddHours(5), setAt, 60);
        Assert.Equal(switchDay.AddHours(5).AddMinutes(10), clock.GetUtcNow());
        Assert.Equal(60, clock.Factor);
    }
}
