using MyNumber.Load.Simulations;

namespace MyNumber.Load.Synthetic;

/// <summary>
/// A scenario that stands in for a system: each iteration waits a service time spread evenly over
/// ±50 % of the mean and fails with a fixed probability, both derived from (seed, iteration) so a
/// run is repeatable. With a zero service time the step is a synchronous no-op.
/// </summary>
public static class SyntheticScenario
{
    public const string FailureReason = "synthetic failure";

    public static Scenario Create(string name, TimeSpan meanServiceTime, double failureRatio = 0, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(meanServiceTime, TimeSpan.Zero);
        if (failureRatio is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(failureRatio), failureRatio, "must be within 0..1");
        if (meanServiceTime == TimeSpan.Zero && failureRatio == 0)
            return Scenario.Create(name, static _ => ValueTask.FromResult(StepResult.Ok()));
        return Scenario.Create(name, async ctx =>
        {
            ulong h = Mix((ulong)seed, (ulong)ctx.IterationNumber);
            double spread = 0.5 + (h & 0xFFFF) / 65535.0;
            if (meanServiceTime > TimeSpan.Zero) await ctx.Delay(meanServiceTime * spread).ConfigureAwait(false);
            bool fails = (h >> 16 & 0xFFFFFF) / (double)0xFFFFFF < failureRatio;
            return fails ? StepResult.Fail(FailureReason) : StepResult.Ok();
        });
    }

    /// <summary>The synthetic scenario at a constant arrival rate: what `mynumber run --synthetic` starts.</summary>
    public static Scenario AtRate(string name, double ratePerSecond, TimeSpan duration, TimeSpan meanServiceTime, double failureRatio = 0, int seed = 1) =>
        Create(name, meanServiceTime, failureRatio, seed).WithLoadSimulations(LoadSimulation.Inject(ratePerSecond, TimeSpan.FromSeconds(1), duration));

    // SplitMix64: a stateless, well-spread hash of (seed, iteration).
    private static ulong Mix(ulong seed, ulong i)
    {
        ulong z = seed * 0x9E3779B97F4A7C15UL + i + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
