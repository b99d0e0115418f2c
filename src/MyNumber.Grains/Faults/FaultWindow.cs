namespace MyNumber.Grains.Faults;

/// <summary>One injected failure: its kind, [Start, End) on the simulated clock, and the added latency where the kind has one.</summary>
public sealed class FaultWindow
{
    public string Kind { get; set; } = "";

    public DateTimeOffset Start { get; set; }

    public DateTimeOffset End { get; set; }

    public double? LatencyMs { get; set; }

    public TimeSpan Latency => TimeSpan.FromMilliseconds(LatencyMs ?? 0);

    public bool Covers(DateTimeOffset at) => at >= Start && at < End;

    /// <summary>"renewal-function-outage 2019-11-11 10:00–16:00 JST" for error messages.</summary>
    public string Describe()
    {
        var japan = TimeSpan.FromHours(9);
        return $"{Kind} {Start.ToOffset(japan):yyyy-MM-dd HH:mm}–{End.ToOffset(japan):yyyy-MM-dd HH:mm} JST";
    }
}
