using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Simulations;

namespace MyNumber.Load.Scenarios.Planning;

/// <summary>
/// A scenario turned into a schedule: the calendar window cut into hour slices, each with its arrivals
/// (base rate × scale × hour-of-day share × weekday factor × schedule multiplier, rounded cumulatively so
/// nothing is lost to rounding), the matching engine load simulations, and for every arrival number its
/// operation, intended simulated instant and variant, all pure functions of (scenario, scale, seed).
/// Counter operations fall in the counters' opening hours (<see cref="HourlyOperationMix"/>).
/// </summary>
public sealed class ArrivalPlan
{
    private readonly double[] cumulativeShares;
    private readonly string[] operations;
    private readonly HourlyOperationMix? hourlyMix;

    private ArrivalPlan(ScenarioDefinition scenario, ScaleSpec scale, ulong seed, double factor, IReadOnlyList<PlanSlice> slices, bool byHour = false)
    {
        Scenario = scenario;
        Scale = scale;
        Seed = seed;
        Factor = factor;
        Slices = slices;
        var mix = scenario.Operations.Where(o => o.Share > 0).ToList();
        double total = mix.Sum(o => o.Share);
        operations = [.. mix.Select(o => o.Operation)];
        double running = 0;
        cumulativeShares = [.. mix.Select(o => running += o.Share / total)];
        hourlyMix = byHour ? HourlyOperationMix.For(scenario, mix) : null;
    }

    public ScenarioDefinition Scenario { get; }

    public ScaleSpec Scale { get; }

    public ulong Seed { get; }

    /// <summary>Simulated seconds per wall second; 0 when the clock is stepped.</summary>
    public double Factor { get; }

    public bool Stepped => Factor == 0;

    public IReadOnlyList<PlanSlice> Slices { get; }

    /// <summary>The sequence number of the plan's first arrival (capacity trials continue where the last one ended).</summary>
    public long FirstSequence => Slices.Count == 0 ? 0 : Slices[0].FirstSequence;

    public long TotalArrivals => Slices.Count == 0 ? 0 : Slices[^1].FirstSequence + Slices[^1].Count - FirstSequence;

    public TimeSpan WallLength => Slices.Aggregate(TimeSpan.Zero, (sum, s) => sum + s.WallLength);

    public DateTimeOffset SimulatedStart => Slices.Count == 0 ? Scenario.Calendar.Start : Slices[0].SimulatedStart;

    public DateTimeOffset SimulatedEnd => Slices.Count == 0 ? Scenario.Calendar.Start : Slices[^1].SimulatedStart + Slices[^1].SimulatedLength;

    /// <summary>
    /// Plans <paramref name="scenario"/> at <paramref name="scale"/>. In real or accelerated time the run lasts
    /// <paramref name="wallDuration"/> (cut at the calendar's end); in stepped time it covers the whole window.
    /// </summary>
    public static ArrivalPlan Build(ScenarioDefinition scenario, ScaleSpec scale, TimeSpan wallDuration, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double factor = scenario.Clock.Mode switch
        {
            ClockMode.Accelerated => scenario.Clock.Factor ?? 1,
            ClockMode.Stepped => 0,
            _ => 1,
        };
        var start = scenario.Calendar.Start;
        var end = factor == 0 ? scenario.Calendar.End : Min(scenario.Calendar.End, start + wallDuration * factor);
        var step = factor == 0 ? Min(scenario.Clock.Step ?? TimeSpan.FromHours(1), TimeSpan.FromHours(1)) : TimeSpan.FromHours(1);
        double perDay = (scenario.Rate.PerDay ?? scenario.Rate.ExpectedPerDay ?? 0) * scale.RelativeTo(scenario.Rate.Reference);
        var slices = new List<PlanSlice>();
        double expected = 0;
        long planned = 0;
        for (var at = start; at < end;)
        {
            var next = Min(end, NextBoundary(at, step));
            var japan = at.ToOffset(CalendarWindow.JapanOffset);
            double perHour = perDay * scenario.Arrivals.HourShare(japan.Hour) * scenario.Arrivals.WeekdayFactor(japan.DayOfWeek)
                * scenario.MultiplierAt(at);
            expected += perHour * (next - at).TotalHours;
            long count = (long)Math.Round(expected) - planned;
            var wall = factor == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)Math.Round((next - at).Ticks / factor));
            slices.Add(new PlanSlice(at, next - at, wall, Math.Max(0, count), planned));
            planned += Math.Max(0, count);
            at = next;
        }
        return new ArrivalPlan(scenario, scale, seed, factor, slices, byHour: true);
    }

    /// <summary>
    /// A flat rate for a capacity trial: <paramref name="ratePerSecond"/> arrivals per wall second of the
    /// scenario's mix for <paramref name="wallDuration"/>, simulated in real time from <paramref name="at"/>,
    /// numbered from <paramref name="firstSequence"/> so each trial meets new residents.
    /// </summary>
    public static ArrivalPlan Constant(ScenarioDefinition scenario, ScaleSpec scale, double ratePerSecond, TimeSpan wallDuration,
        ulong seed, DateTimeOffset at, long firstSequence)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        long count = Math.Max(1, (long)Math.Round(ratePerSecond * wallDuration.TotalSeconds));
        return new ArrivalPlan(scenario, scale, seed, 1, [new PlanSlice(at, wallDuration, wallDuration, count, firstSequence)]);
    }

    /// <summary>
    /// The engine's load: per slice an even injection of exactly its arrivals (or a pause); in stepped time
    /// <paramref name="copies"/> closed-model copies work through all arrivals, hour by hour.
    /// </summary>
    public IReadOnlyList<LoadSimulation> Simulations(int copies)
    {
        if (Stepped) return TotalArrivals == 0 ? [] : [LoadSimulation.IterationsForConstant(copies, TotalArrivals)];
        var simulations = new List<LoadSimulation>(Slices.Count);
        foreach (var slice in Slices)
        {
            if (slice.WallLength <= TimeSpan.Zero) continue;
            simulations.Add(slice.Count == 0
                ? LoadSimulation.Pause(slice.WallLength)
                : LoadSimulation.Inject(slice.Count, slice.WallLength, slice.WallLength));
        }
        return simulations;
    }

    public PlannedArrival Arrival(long sequence)
    {
        int index = SliceOf(sequence);
        double u = Mix64.Unit(Seed, sequence, 1);
        var shares = hourlyMix?.At(Slices[index].SimulatedStart.ToOffset(CalendarWindow.JapanOffset).Hour) ?? cumulativeShares;
        int op = Array.FindIndex(shares, c => u < c);
        return new PlannedArrival(sequence, index, operations[op < 0 ? ^1 : op], Slices[index].IntendedAt(sequence), Mix64.Hash(Seed, sequence, 2));
    }

    public int SliceOf(long sequence)
    {
        int lo = 0, hi = Slices.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Slices[mid].FirstSequence <= sequence) lo = mid;
            else hi = mid - 1;
        }
        // Empty slices share their FirstSequence with the next one: the arrival belongs to the non-empty one.
        while (lo < Slices.Count - 1 && Slices[lo].Count == 0) lo++;
        return lo;
    }

    private static DateTimeOffset NextBoundary(DateTimeOffset at, TimeSpan step)
    {
        long ticks = at.UtcTicks / step.Ticks * step.Ticks + step.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(at.Offset);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
