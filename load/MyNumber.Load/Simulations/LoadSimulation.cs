using System.Globalization;

namespace MyNumber.Load.Simulations;

/// <summary>
/// One segment of a scenario's load. Open-model segments (Inject…) offer arrivals on a schedule whatever
/// the system does; closed-model segments (…Constant) keep a number of copies looping. Rates are
/// "<see cref="Rate"/> per <see cref="Interval"/>"; ramps go linearly from the previous segment's level.
/// </summary>
public sealed record LoadSimulation
{
    private LoadSimulation(LoadSimulationKind kind) => Kind = kind;

    public LoadSimulationKind Kind { get; }

    /// <summary>Arrivals per <see cref="Interval"/> (open model); the target at the end of a ramp.</summary>
    public double Rate { get; private init; }

    public TimeSpan Interval { get; private init; } = TimeSpan.FromSeconds(1);

    public TimeSpan During { get; private init; }

    /// <summary>Copies looping (closed model); the target at the end of a ramp.</summary>
    public int Copies { get; private init; }

    /// <summary>Total iterations, for the Iterations… kinds.</summary>
    public long Iterations { get; private init; }

    public bool IsOpen => Kind is LoadSimulationKind.Inject or LoadSimulationKind.RampingInject or LoadSimulationKind.IterationsForInject;

    public bool IsClosed => Kind is LoadSimulationKind.KeepConstant or LoadSimulationKind.RampingConstant or LoadSimulationKind.IterationsForConstant;

    public double RatePerSecond => Rate / Interval.TotalSeconds;

    /// <summary>Evenly spaced arrivals: <paramref name="rate"/> per <paramref name="interval"/> for <paramref name="during"/>.</summary>
    public static LoadSimulation Inject(double rate, TimeSpan interval, TimeSpan during) =>
        new(LoadSimulationKind.Inject) { Rate = rate, Interval = interval, During = during };

    /// <summary>Arrival rate ramping linearly from the previous open segment's rate (or 0) to <paramref name="rate"/>.</summary>
    public static LoadSimulation RampingInject(double rate, TimeSpan interval, TimeSpan during) =>
        new(LoadSimulationKind.RampingInject) { Rate = rate, Interval = interval, During = during };

    /// <summary>Exactly <paramref name="iterations"/> arrivals at <paramref name="rate"/> per <paramref name="interval"/>.</summary>
    public static LoadSimulation IterationsForInject(double rate, TimeSpan interval, long iterations) =>
        new(LoadSimulationKind.IterationsForInject) { Rate = rate, Interval = interval, Iterations = iterations };

    public static LoadSimulation KeepConstant(int copies, TimeSpan during) =>
        new(LoadSimulationKind.KeepConstant) { Copies = copies, During = during };

    /// <summary>Copies ramping linearly from the previous closed segment's count (or 0) to <paramref name="copies"/>.</summary>
    public static LoadSimulation RampingConstant(int copies, TimeSpan during) =>
        new(LoadSimulationKind.RampingConstant) { Copies = copies, During = during };

    /// <summary><paramref name="copies"/> copies share exactly <paramref name="iterations"/> iterations.</summary>
    public static LoadSimulation IterationsForConstant(int copies, long iterations) =>
        new(LoadSimulationKind.IterationsForConstant) { Copies = copies, Iterations = iterations };

    public static LoadSimulation Pause(TimeSpan during) => new(LoadSimulationKind.Pause) { During = during };

    /// <summary>The problem with this segment in words, or null when it can run.</summary>
    public string? Problem()
    {
        const double MaxRatePerSecond = 10_000_000;
        if (IsOpen)
        {
            if (!double.IsFinite(Rate) || Rate < 0) return $"{Kind}: rate must be a finite number ≥ 0, not {Rate}";
            if (Interval <= TimeSpan.Zero) return $"{Kind}: interval must be positive, not {Interval}";
            if (RatePerSecond > MaxRatePerSecond) return $"{Kind}: {RatePerSecond:0} arrivals/s is above the engine's limit of {MaxRatePerSecond:0}/s";
            if (Kind == LoadSimulationKind.IterationsForInject && Rate <= 0) return $"{Kind}: rate must be positive";
        }
        if (IsClosed && Copies < 0) return $"{Kind}: copies must be ≥ 0, not {Copies}";
        if (Kind == LoadSimulationKind.IterationsForConstant && Copies == 0) return $"{Kind}: copies must be positive";
        if (Kind is LoadSimulationKind.IterationsForInject or LoadSimulationKind.IterationsForConstant && Iterations <= 0)
            return $"{Kind}: iterations must be positive, not {Iterations}";
        bool timed = Kind is not (LoadSimulationKind.IterationsForInject or LoadSimulationKind.IterationsForConstant);
        if (timed && During <= TimeSpan.Zero) return $"{Kind}: during must be positive, not {During}";
        return null;
    }

    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return Kind switch
        {
            LoadSimulationKind.Inject => string.Format(c, "Inject {0:0.###}/{1} for {2}", Rate, Interval, During),
            LoadSimulationKind.RampingInject => string.Format(c, "RampingInject to {0:0.###}/{1} over {2}", Rate, Interval, During),
            LoadSimulationKind.IterationsForInject => string.Format(c, "IterationsForInject {0} at {1:0.###}/{2}", Iterations, Rate, Interval),
            LoadSimulationKind.KeepConstant => string.Format(c, "KeepConstant {0} copies for {1}", Copies, During),
            LoadSimulationKind.RampingConstant => string.Format(c, "RampingConstant to {0} copies over {1}", Copies, During),
            LoadSimulationKind.IterationsForConstant => string.Format(c, "IterationsForConstant {0} copies, {1} iterations", Copies, Iterations),
            _ => string.Format(c, "Pause {0}", During),
        };
    }
}
