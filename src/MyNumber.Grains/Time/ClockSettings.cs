namespace MyNumber.Grains.Time;

/// <summary>The "Clock" section of a silo profile.</summary>
public sealed class ClockSettings
{
    public const string SectionName = "Clock";

    /// <summary>real, accelerated or stepped.</summary>
    public string Mode { get; set; } = "real";

    /// <summary>Speed-up in accelerated mode.</summary>
    public double Factor { get; set; } = 1;

    /// <summary>Simulated start instant; the wall clock's now when absent.</summary>
    public DateTimeOffset? Start { get; set; }

    public SimulatedTimeProvider CreateProvider()
    {
        var mode = Enum.TryParse<ClockMode>(Mode, ignoreCase: true, out var m)
            ? m
            : throw new InvalidOperationException($"Clock:Mode '{Mode}' is not one of real, accelerated, stepped.");
        var clock = new SimulatedTimeProvider(TimeProvider.System, Start ?? TimeProvider.System.GetUtcNow());
        switch (mode)
        {
            case ClockMode.Accelerated: clock.Accelerate(Factor); break;
            case ClockMode.Stepped: clock.Step(); break;
        }

        return clock;
    }
}
