using MyNumber.Load.Reports;
using MyNumber.Load.Measurement;
using MyNumber.Load.Timing;

namespace MyNumber.Load.Engine;

/// <summary>
/// Runs one iteration and records it. A step that completes synchronously allocates nothing: its
/// context goes back to a one-slot spare and serves the next iteration. Only a step that really awaits
/// gets an async continuation (and a context of its own).
/// </summary>
internal sealed class IterationRunner(Scenario scenario, ILoadClock clock, ScenarioMetrics metrics, RunAnnotations annotations, CancellationToken stopToken)
{
    private readonly double microsPerTick = 1_000_000.0 / clock.Frequency;
    private long iterationNumber = -1;
    private ScenarioContext? spare;

    public ScenarioMetrics Metrics => metrics;

    /// <summary>Starts an iteration planned for <paramref name="intended"/>; true when it already finished.</summary>
    public bool TryRunToCompletion(long intended, Action? onAsyncCompletion)
    {
        long actual = clock.Now;
        long lag = actual - intended;
        metrics.CountStarted(ToMicros(lag));
        long number = Interlocked.Increment(ref iterationNumber);
        var context = Interlocked.Exchange(ref spare, null)?.Reuse(number, lag)
            ?? new ScenarioContext(scenario.Name, number, clock, metrics, lag, annotations, stopToken);
        ValueTask<StepResult> pending;
        try
        {
            pending = scenario.Step(context);
        }
        catch (Exception e)
        {
            Complete(Failure(e), intended, actual);
            Volatile.Write(ref spare, context);
            return true;
        }
        if (pending.IsCompleted)
        {
            Complete(ResultOf(pending), intended, actual);
            // The step has returned, so nothing of it still uses the context.
            Volatile.Write(ref spare, context);
            return true;
        }
        _ = FinishAsync(pending, intended, actual, onAsyncCompletion);
        return false;
    }

    /// <summary>Runs an iteration to its end (the closed model's copies loop on this).</summary>
    public async ValueTask RunAsync()
    {
        long start = clock.Now;
        metrics.CountOffered();
        metrics.CountStarted(0);
        var context = new ScenarioContext(scenario.Name, Interlocked.Increment(ref iterationNumber), clock, metrics, 0, annotations, stopToken);
        StepResult result;
        try
        {
            var pending = scenario.Step(context);
            result = pending.IsCompleted ? pending.Result : await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            result = Failure(e);
        }
        Complete(result, start, start);
    }

    private async Task FinishAsync(ValueTask<StepResult> pending, long intended, long actual, Action? onAsyncCompletion)
    {
        StepResult result;
        try
        {
            result = await pending.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            result = Failure(e);
        }
        Complete(result, intended, actual);
        onAsyncCompletion?.Invoke();
    }

    private void Complete(StepResult result, long intended, long actual)
    {
        long end = clock.Now;
        metrics.Record(result, ToMicros(end - intended), ToMicros(end - actual));
        metrics.CountFinished();
    }

    private static StepResult ResultOf(ValueTask<StepResult> completed)
    {
        try
        {
            return completed.Result;
        }
        catch (Exception e)
        {
            return Failure(e);
        }
    }

    private static StepResult Failure(Exception e) => StepResult.Fail(e.GetType().Name);

    private long ToMicros(long ticks) => (long)(ticks * microsPerTick);
}
