using System.Diagnostics;
using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Residents;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Cli.Running;

/// <summary>
/// Before a measured phase, makes the certificates that a run's arrival plan will read exist, as they did in
/// reality (issued years before the peak day): every card holder the plan picks reads its certificate once
/// through its card grain, so the CA signs only what no earlier run kept in the certificate store. The
/// residents are the plan's own picks (same picker, same seed), so the measured phase reads exactly these.
/// Verification is not touched: the verifiers' caches stay cold.
/// </summary>
public static class CertificatePreIssue
{
    public static async Task<PreIssueFigures> RunAsync(FleetConnection fleet, ArrivalPlan plan, CertificateUse use, TextWriter? progress,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        ArgumentNullException.ThrowIfNull(plan);
        var started = Stopwatch.GetTimestamp();
        var residents = PlannedCardHolders(fleet, plan);
        long done = 0;
        long lastReport = started;
        await Parallel.ForEachAsync(residents, new ParallelOptions { MaxDegreeOfParallelism = 128, CancellationToken = cancellationToken },
            async (resident, _) =>
            {
                var snapshot = await fleet.Grains.GetGrain<IResidentGrain>(FleetKeys.Resident(resident)).GetAsync().ConfigureAwait(false);
                if (snapshot?.CardKey is { } card)
                    await fleet.Grains.GetGrain<ICardGrain>(card).ReadCertificateAsync(use).ConfigureAwait(false);
                long n = Interlocked.Increment(ref done);
                long now = Stopwatch.GetTimestamp();
                long last = Interlocked.Read(ref lastReport);
                if (progress is not null && Stopwatch.GetElapsedTime(last, now) > TimeSpan.FromSeconds(5)
                    && Interlocked.CompareExchange(ref lastReport, now, last) == last)
                {
                    progress.WriteLine($"pre-issue: {n:N0}/{residents.Count:N0} certificates ({n / Stopwatch.GetElapsedTime(started).TotalSeconds:N0}/s)");
                }
            }).ConfigureAwait(false);
        return new PreIssueFigures(plan.TotalArrivals, residents.Count, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The distinct card holders the plan's arrivals pick, in first-pick order.</summary>
    private static List<long> PlannedCardHolders(FleetConnection fleet, ArrivalPlan plan)
    {
        var picker = new ResidentPicker(fleet.Population, plan.Seed);
        var seen = new HashSet<long>();
        var residents = new List<long>();
        for (long s = plan.FirstSequence; s < plan.FirstSequence + plan.TotalArrivals; s++)
        {
            var arrival = plan.Arrival(s);
            var today = DateOnly.FromDateTime(arrival.IntendedAt.ToOffset(CalendarWindow.JapanOffset).DateTime);
            long resident = picker.Pick(arrival.Sequence, ResidentCriterion.CardHolder, today);
            if (resident >= 0 && seen.Add(resident)) residents.Add(resident);
        }

        return residents;
    }
}
