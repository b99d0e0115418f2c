using System.Diagnostics;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Grains.Population;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// PIN entries that each change a card's failure counter, hence write its state once: a wrong PIN
/// (0 → 1 failures), then the right one (1 → 0), per card, with a fixed number of calls in flight.
/// Worker <c>w</c> only ever touches cards <c>w, w + inFlight, …</c>, so no two workers queue on one card.
/// </summary>
public static class PinFlipWorkload
{
    /// <summary>Runs for <paramref name="duration"/> and returns the number of state writes (two per round).</summary>
    public static async Task<long> WritesAsync(IGrainFactory grains, PopulationGenerator population,
        IReadOnlyList<string> cards, int inFlight, TimeSpan duration, CancellationToken cancellationToken)
    {
        long done = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, inFlight).Select(w => Task.Run(async () =>
        {
            for (var turn = w; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; turn += inFlight)
            {
                var key = cards[turn % cards.Count];
                if (!FleetKeys.TryParseCard(key, out var index, out _)) continue;
                var right = population.Pins(index).FourDigits;
                var card = grains.GetGrain<ICardGrain>(key);
                await card.VerifyPinAsync(PinSlot.UserAuthentication, right == "0000" ? "1111" : "0000");
                await card.VerifyPinAsync(PinSlot.UserAuthentication, right);
                Interlocked.Add(ref done, 2);
            }
        }, cancellationToken)).ToList();
        await Task.WhenAll(workers);
        return done;
    }

    /// <summary>Writes per second over one run of <see cref="WritesAsync"/>.</summary>
    public static async Task<double> RateAsync(IGrainFactory grains, PopulationGenerator population,
        IReadOnlyList<string> cards, int inFlight, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var writes = await WritesAsync(grains, population, cards, inFlight, duration, cancellationToken);
        return writes / clock.Elapsed.TotalSeconds;
    }
}
