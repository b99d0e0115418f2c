using MyNumber.Load.Measurement;
using MyNumber.Load.Reports;
using MyNumber.Load.Timing;

namespace MyNumber.Load;

/// <summary>
/// What one iteration of a scenario sees: who it is, the clock, and measured sub-steps. Valid until the
/// step returns its result: like NBomber's context, the engine reuses it for a later iteration (so a
/// synchronous step costs the dispatcher no allocation).
/// </summary>
public sealed class ScenarioContext
{
    private readonly ScenarioMetrics metrics;
    private long lagTicks;

    internal ScenarioContext(string scenarioName, long iterationNumber, ILoadClock clock, ScenarioMetrics metrics, long lagTicks, RunAnnotations annotations, CancellationToken cancellationToken)
    {
        Annotations = annotations;
        ScenarioName = scenarioName;
        IterationNumber = iterationNumber;
        Clock = clock;
        this.metrics = metrics;
        this.lagTicks = lagTicks;
        CancellationToken = cancellationToken;
    }

    public string ScenarioName { get; }

    /// <summary>0, 1, 2… in arrival order within the scenario and phase.</summary>
    public long IterationNumber { get; private set; }

    public ILoadClock Clock { get; }

    /// <summary>The run's annotation sink: a step that injects or sees a fault stamps it here, when it happens.</summary>
    public RunAnnotations Annotations { get; }

    /// <summary>Signalled when the run stops (end, abort or the caller's cancellation).</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>How late this iteration started compared with its plan.</summary>
    public TimeSpan SchedulingLag => TimeSpan.FromSeconds(lagTicks / (double)Clock.Frequency);

    /// <summary>Makes this context another iteration's; only once the previous one's step has returned.</summary>
    internal ScenarioContext Reuse(long iterationNumber, long lag)
    {
        IterationNumber = iterationNumber;
        lagTicks = lag;
        return this;
    }

    /// <summary>Waits in the engine's time (use this, not Task.Delay, so virtual-clock tests work).</summary>
    public Task Delay(TimeSpan delay) => Clock.Delay(delay, CancellationToken);

    /// <summary>
    /// Runs and measures a named sub-step. Its latency is its own service time plus this iteration's
    /// scheduling lag (a late start delays every step the user waits for); an exception is a failure
    /// with the exception's type as reason.
    /// </summary>
    public async ValueTask<StepResult> Step(string name, Func<ValueTask<StepResult>> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var step = metrics.Step(name);
        long start = Clock.Now;
        StepResult result;
        try
        {
            result = await body().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            result = StepResult.Fail(e.GetType().Name);
        }
        long service = Clock.Now - start;
        double microsPerTick = 1_000_000.0 / Clock.Frequency;
        step.Record(result, (long)((service + lagTicks) * microsPerTick), (long)(service * microsPerTick));
        return result;
    }
}
