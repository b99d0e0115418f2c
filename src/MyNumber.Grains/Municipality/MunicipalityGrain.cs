using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Municipality;
using MyNumber.Contracts.Residents;
using MyNumber.Grains.Time;

namespace MyNumber.Grains.Municipality;

/// <summary>
/// A municipality's counter (windows, opening hours, a first-come queue, service time per procedure, on simulated time)
/// and its certificate service. The queue is a day's working state, not persisted: a restarted silo opens
/// an empty hall, as a town hall does each morning.
/// </summary>
[GrainType("municipality")]
public sealed class MunicipalityGrain(MunicipalitySettings settings, FleetClock clock) : Grain, IMunicipalityGrain
{
    private DateTimeOffset[] _windowFreeAt = [];
    private int _tickets;
    private TimeSpan _totalWait;
    private ITimer? _sweepTimer;
    private (long First, int Count) _sweepRange;
    private int _sweeps;
    private int _lapsed;
    private readonly List<(int Sweeps, TaskCompletionSource<int> Done)> _waiters = [];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _windowFreeAt = new DateTimeOffset[Math.Max(1, settings.Windows)];
        return Task.CompletedTask;
    }

    public Task<CounterTicket> QueueAsync(CounterProcedure procedure)
    {
        // A resident who comes while the hall is closed joins the queue when it opens.
        var now = clock.UtcNow;
        now += settings.UntilOpen(clock.NowInJapan.TimeOfDay);
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

    public Task StartDeadlineSweepAsync(long firstResident, int count, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstResident);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.FromMinutes(1));
        _sweepRange = (firstResident, count);
        _sweepTimer?.Dispose();
        // The callback runs on the clock's thread, outside the grain: it only sends the grain a message.
        var self = this.AsReference<IMunicipalityGrain>();
        _sweepTimer = clock.CreateTimer(() => _ = self.SweepAsync(), period, period);
        return Task.CompletedTask;
    }

    public async Task<int> SweepAsync()
    {
        var lapsed = 0;
        for (var i = _sweepRange.First; i < _sweepRange.First + _sweepRange.Count; i++)
        {
            var resident = GrainFactory.GetGrain<IResidentGrain>(FleetKeys.Resident(i));
            await resident.CheckDeadlinesAsync();
            if ((await resident.GetAsync())?.CardKey is { } card
                && (await GrainFactory.GetGrain<ICardGrain>(card).GetAsync()).Status == CardStatus.Lapsed)
            {
                lapsed++;
            }
        }

        _lapsed = lapsed;
        _sweeps++;
        foreach (var waiter in _waiters.Where(w => w.Sweeps <= _sweeps).ToList())
        {
            _waiters.Remove(waiter);
            waiter.Done.TrySetResult(_lapsed);
        }

        return lapsed;
    }

    public Task<int> WaitForSweepsAsync(int sweeps)
    {
        if (_sweeps >= sweeps) return Task.FromResult(_lapsed);
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters.Add((sweeps, done));
        return done.Task;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _sweepTimer?.Dispose();
        return Task.CompletedTask;
    }

    public Task<MunicipalDocument> ProduceDocumentAsync(string residentKey, int documentKind) =>
        Task.FromResult(new MunicipalDocument(residentKey, documentKind, this.GetPrimaryKeyString(), clock.UtcNow));
}
