namespace MyNumber.Load.Simulations;

/// <summary>
/// A load simulation turned into clock ticks, with the level it ramps from resolved. Arrival k of an
/// open segment is due at an absolute offset computed from k alone, so the schedule never drifts.
/// </summary>
internal sealed record PlannedSegment(
    LoadSimulation Source,
    long DurationTicks,
    double StartRatePerSecond,
    double EndRatePerSecond,
    int StartCopies,
    int EndCopies,
    long Iterations,
    long Frequency)
{
    /// <summary>Count-limited closed segment: it ends when its iterations are done, not at a time.</summary>
    public bool EndsByCount => Source.Kind == LoadSimulationKind.IterationsForConstant;

    public bool IsOpen => Source.IsOpen;

    public bool IsClosed => Source.IsClosed;

    /// <summary>Ticks from the segment start at which arrival <paramref name="k"/> is due; long.MaxValue when never.</summary>
    public long ArrivalOffset(long k)
    {
        double seconds = ArrivalSeconds(k);
        if (!double.IsFinite(seconds) || seconds * Frequency >= long.MaxValue / 2) return long.MaxValue;
        return (long)Math.Ceiling(seconds * Frequency - 1e-6);
    }

    /// <summary>The integer copy target at <paramref name="offset"/> ticks into the segment.</summary>
    public int CopiesAt(long offset)
    {
        if (StartCopies == EndCopies || DurationTicks <= 0) return EndCopies;
        double f = Math.Clamp(offset / (double)DurationTicks, 0, 1);
        return (int)Math.Floor(StartCopies + (EndCopies - StartCopies) * f + 0.5);
    }

    /// <summary>The offset after <paramref name="offset"/> at which the copy target next changes (or the segment ends).</summary>
    public long NextCopyChange(long offset)
    {
        if (StartCopies == EndCopies) return DurationTicks;
        int current = CopiesAt(offset);
        double edge = EndCopies > StartCopies ? current + 0.5 : current - 0.5;
        double f = (edge - StartCopies) / (EndCopies - StartCopies);
        long at = (long)Math.Ceiling(f * DurationTicks);
        return Math.Clamp(at, offset + 1, DurationTicks);
    }

    private double ArrivalSeconds(long k)
    {
        if (Iterations > 0 && k >= Iterations) return double.PositiveInfinity;
        if (k == 0) return StartRatePerSecond > 0 || EndRatePerSecond > 0 ? 0 : double.PositiveInfinity;
        double r0 = StartRatePerSecond;
        double seconds = DurationTicks / (double)Frequency;
        if (r0 == EndRatePerSecond || seconds <= 0) return r0 > 0 ? k / r0 : double.PositiveInfinity;
        // Cumulative arrivals N(t) = r0·t + a·t²; arrival k is due where N(t) = k. This form of the root
        // stays exact when a is tiny (a nearly flat ramp).
        double a = (EndRatePerSecond - r0) / (2 * seconds);
        double discriminant = r0 * r0 + 4 * a * k;
        if (discriminant < 0) return double.PositiveInfinity;
        double denominator = r0 + Math.Sqrt(discriminant);
        return denominator <= 0 ? double.PositiveInfinity : 2 * k / denominator;
    }
}
