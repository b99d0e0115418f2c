using Microsoft.Extensions.Hosting;
using MyNumber.Contracts;
using MyNumber.Contracts.Time;
using MyNumber.Grains.Time;
using Orleans.Runtime;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// Keeps this silo's simulated clock on the cluster clock an Orleans client sets (<see cref="IClusterClockGrain"/>):
/// polls it every <see cref="PollEvery"/>, applies a setting it has not applied yet and reports its version
/// and its time, so the client knows when every silo runs the time it set. Without a setting (no client
/// ever set one) the silo keeps the clock of its profile's Clock section.
/// </summary>
public sealed class ClusterClockFollower(IGrainFactory grains, SimulatedTimeProvider clock, ILocalSiloDetails silo) : BackgroundService
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long applied = 0;
        var name = silo.SiloAddress.ToString();
        using var timer = new PeriodicTimer(PollEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var setting = await GrainReferences<IClusterClockGrain>.Of(grains, 0).PollAsync(name, applied, clock.GetUtcNow())
                    .ConfigureAwait(false);
                // Not "newer": a clock grain that moved to another silo numbers its settings from 1 again.
                if (setting is null || setting.Version == applied) continue;
                clock.Follow(setting.Stepped, setting.SimulatedAt, setting.WallAt, setting.Factor);
                applied = setting.Version;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The silo is still starting or stopping, or the clock grain is moving: the next tick asks again.
            }
        }
    }
}
