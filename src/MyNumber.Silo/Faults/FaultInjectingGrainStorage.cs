using MyNumber.Contracts.Common;
using MyNumber.Grains.Faults;
using MyNumber.Grains.Time;
using Orleans.Storage;

namespace MyNumber.Silo.Faults;

/// <summary>
/// Grain storage with the scenario's storage faults in front of it: while a storage outage is in force on
/// the simulated clock every read, write and clear is refused with a <see cref="StorageUnavailableException"/>
/// (nothing reaches the store, so nothing half-written); while a storage latency is in force each call first
/// waits the fault's latency (wall time: what a slow database costs a caller).
/// </summary>
public sealed class FaultInjectingGrainStorage(IGrainStorage inner, FaultSchedule faults, FleetClock clock) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await BeforeAsync("read").ConfigureAwait(false);
        await inner.ReadStateAsync(stateName, grainId, grainState).ConfigureAwait(false);
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await BeforeAsync("write").ConfigureAwait(false);
        await inner.WriteStateAsync(stateName, grainId, grainState).ConfigureAwait(false);
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await BeforeAsync("clear").ConfigureAwait(false);
        await inner.ClearStateAsync(stateName, grainId, grainState).ConfigureAwait(false);
    }

    private Task BeforeAsync(string operation)
    {
        var now = clock.UtcNow;
        if (faults.Active(FaultSchedule.StorageOutage, now) is { } outage)
            throw new StorageUnavailableException($"grain storage {operation} refused: {outage.Describe()} (injected fault)");
        return faults.Active(FaultSchedule.StorageLatency, now) is { } slow ? Task.Delay(slow.Latency) : Task.CompletedTask;
    }
}
