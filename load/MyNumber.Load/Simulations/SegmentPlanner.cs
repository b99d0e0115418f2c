namespace MyNumber.Load.Simulations;

/// <summary>Turns a scenario's chain of simulations into timed segments (and cuts one for warm-up).</summary>
internal static class SegmentPlanner
{
    public static IReadOnlyList<PlannedSegment> Plan(IReadOnlyList<LoadSimulation> simulations, long frequency)
    {
        var plan = new List<PlannedSegment>(simulations.Count);
        double previousRate = 0;
        int previousCopies = 0;
        foreach (var s in simulations)
        {
            // A ramp starts from the level of the segment just before it, if that segment is of its model.
            double startRate = s.Kind == LoadSimulationKind.RampingInject ? previousRate : s.RatePerSecond;
            int startCopies = s.Kind == LoadSimulationKind.RampingConstant ? previousCopies : s.Copies;
            long duration = s.Kind switch
            {
                LoadSimulationKind.IterationsForInject => (long)Math.Ceiling(s.Iterations / s.RatePerSecond * frequency),
                LoadSimulationKind.IterationsForConstant => -1,
                _ => (long)Math.Round(s.During.Ticks * (double)frequency / TimeSpan.TicksPerSecond),
            };
            plan.Add(new PlannedSegment(s, duration, s.IsOpen ? startRate : 0, s.IsOpen ? s.RatePerSecond : 0,
                s.IsClosed ? startCopies : 0, s.IsClosed ? s.Copies : 0, s.Iterations, frequency));
            previousRate = s.IsOpen ? s.RatePerSecond : 0;
            previousCopies = s.IsClosed ? s.Copies : 0;
        }
        return plan;
    }

    /// <summary>The first <paramref name="ticks"/> of a plan, with count-limited segments turned into timed ones.</summary>
    public static IReadOnlyList<PlannedSegment> Truncate(IReadOnlyList<PlannedSegment> plan, long ticks)
    {
        var cut = new List<PlannedSegment>();
        long remaining = ticks;
        foreach (var segment in plan)
        {
            if (remaining <= 0) break;
            if (segment.EndsByCount)
            {
                cut.Add(segment with { DurationTicks = remaining, Iterations = 0 });
                break;
            }
            if (segment.DurationTicks <= remaining)
            {
                cut.Add(segment);
                remaining -= segment.DurationTicks;
                continue;
            }
            // A ramp cut part-way ends at the level it had reached by then.
            double f = remaining / (double)segment.DurationTicks;
            cut.Add(segment with
            {
                DurationTicks = remaining,
                EndRatePerSecond = segment.StartRatePerSecond + (segment.EndRatePerSecond - segment.StartRatePerSecond) * f,
                EndCopies = segment.CopiesAt(remaining),
                Iterations = 0,
            });
            break;
        }
        return cut;
    }
}
