using MyNumber.Contracts;
using MyNumber.Contracts.Time;
using MyNumber.Grains.Time;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Cli.Scenarios;

/// <summary>
/// The harness's clock for silos in other processes: a local simulated clock that every move publishes as
/// the cluster clock (<see cref="IClusterClockGrain"/>), then waits until every silo heard from lately runs
/// it, so the operations that follow a step are judged on that step's date by whichever silo serves them.
/// Silos that never confirm (built without the follower) cost one wait of <see cref="ConfirmWithin"/>; the
/// clock then stops waiting and says so once.
/// </summary>
public sealed class ClusterFleetClock(IGrainFactory grains, SimulatedTimeProvider local, TextWriter? warnings = null) : IFleetClock
{
    public static readonly TimeSpan ConfirmWithin = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan AskAgainAfter = TimeSpan.FromMilliseconds(20);

    private bool _unconfirmed;

    public DateTimeOffset UtcNow => local.GetUtcNow();

    public void Accelerate(double factor)
    {
        local.Accelerate(factor);
        Publish();
    }

    public void Freeze()
    {
        local.Step();
        Publish();
    }

    public void AdvanceTo(DateTimeOffset at)
    {
        var delta = at - local.GetUtcNow();
        if (delta <= TimeSpan.Zero) return;
        local.Advance(delta);
        Publish();
    }

    /// <summary>Publishes the local clock and waits (at most <see cref="ConfirmWithin"/>) until the silos run it; true when they do.</summary>
    public async Task<bool> PublishAsync(CancellationToken cancellationToken = default)
    {
        var clockGrain = GrainReferences<IClusterClockGrain>.Of(grains, 0);
        var setting = new ClusterClockSetting(local.Mode == ClockMode.Stepped, local.GetUtcNow(), TimeProvider.System.GetUtcNow(),
            local.Factor, 0);
        var version = await clockGrain.SetAsync(setting).ConfigureAwait(false);
        if (_unconfirmed) return false;
        var deadline = TimeProvider.System.GetUtcNow() + ConfirmWithin;
        while (!await clockGrain.AppliedEverywhereAsync(version).ConfigureAwait(false))
        {
            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                _unconfirmed = true;
                warnings?.WriteLine($"cluster clock: the silos did not confirm simulated time {setting.SimulatedAt:O} within {ConfirmWithin.TotalSeconds:0} s; " +
                    "they may keep their own clocks (silos of an older build?). Going on without waiting.");
                return false;
            }

            await Task.Delay(AskAgainAfter, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    // The harness moves the clock from synchronous code (a step gate between arrivals); a client has no
    // synchronization context, so waiting here blocks one thread for the confirmation and nothing else.
    private void Publish() => PublishAsync().GetAwaiter().GetResult();
}
