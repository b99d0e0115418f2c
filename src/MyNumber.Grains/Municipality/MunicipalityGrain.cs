using MyNumber.Contracts.Municipality;
using MyNumber.Grains.Time;

namespace MyNumber.Grains.Municipality;

/// <summary>
/// A municipality's counter (windows, a first-come queue, service time per procedure, on simulated time)
/// and its certificate service. The queue is a day's working state, not persisted: a restarted silo opens
/// an empty hall, as a town hall does each morning.
/// </summary>
[GrainType("municipality")]
public sealed class MunicipalityGrain(MunicipalitySettings settings, FleetClock clock) : Grain, IMunicipalityGrain
{
    private DateTimeOffset[] _windowFreeAt = [];
    private int _tickets;
    private TimeSpan _totalWait;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _windowFreeAt = new DateTimeOffset[Math.Max(1, settings.Windows)];
        return Task.CompletedTask;
    }

    public Task<CounterTicket> QueueAsync(CounterProcedure procedure)
    {
        var now = clock.UtcNow;
        var window = 0;
        for (var i = 1; i < _windowFreeAt.Length; i++)
        {
            if (_windowFreeAt[i] < _windowFreeAt[window]) window = i;
        }

        var called = _windowFreeAt[window] > now ? _windowFreeAt[window] : now;
        var done = called + settings.ServiceTime(procedure);
        _windowFreeAt[window] = done;
        _tickets++;
        _totalWait += called - now;
        return Task.FromResult(new CounterTicket(_tickets, window + 1, now, called, done));
    }

    public Task<TimeSpan> MeanWaitAsync() =>
        Task.FromResult(_tickets == 0 ? TimeSpan.Zero : _totalWait / _tickets);

    public Task<MunicipalDocument> ProduceDocumentAsync(string residentKey, int documentKind) =>
        Task.FromResult(new MunicipalDocument(residentKey, documentKind, this.GetPrimaryKeyString(), clock.UtcNow));
}
