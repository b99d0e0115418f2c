namespace MyNumber.Load;

/// <summary>
/// The cap on iterations in flight for the open model, and what happens above it. NBomber and Gatling
/// have no cap and pile up work when the system slows; this engine always has one.
/// </summary>
public sealed record ConcurrencyLimit
{
    private ConcurrencyLimit(int maxInFlight, OverflowPolicy policy, int queueBound)
    {
        MaxInFlight = maxInFlight;
        Policy = policy;
        QueueBound = queueBound;
    }

    public int MaxInFlight { get; }

    public OverflowPolicy Policy { get; }

    /// <summary>How many arrivals may wait when <see cref="Policy"/> is <see cref="OverflowPolicy.Queue"/>.</summary>
    public int QueueBound { get; }

    /// <summary>The default: 10,000 in flight, further arrivals dropped and counted.</summary>
    public static ConcurrencyLimit Default { get; } = new(10_000, OverflowPolicy.Drop, 0);

    public static ConcurrencyLimit Drop(int maxInFlight) => new(maxInFlight, OverflowPolicy.Drop, 0);

    public static ConcurrencyLimit Queue(int maxInFlight, int queueBound) => new(maxInFlight, OverflowPolicy.Queue, queueBound);

    public override string ToString() => Policy == OverflowPolicy.Drop
        ? $"at most {MaxInFlight} in flight, overflow dropped"
        : $"at most {MaxInFlight} in flight, overflow queued (bound {QueueBound})";
}
