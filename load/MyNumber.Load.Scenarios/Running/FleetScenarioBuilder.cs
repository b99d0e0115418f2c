using System.Diagnostics;
using MyNumber.Contracts;
using MyNumber.Load.Scenarios.Audit;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Planning;
using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// Turns a plan into an engine scenario: iteration i is arrival i of the plan; it picks its resident,
/// runs its operation as a measured sub-step named after the operation (so thresholds per operation
/// work), counts the outcome and records it. In stepped time a <see cref="StepGate"/> moves the clock,
/// and tells <c>crossings</c> the run second at which it did. <c>overlaps</c> hears when each operation
/// starts and ends, so the state audit can skip residents the log cannot order.
/// </summary>
public static class FleetScenarioBuilder
{
    public static Scenario Build(ArrivalPlan plan, FleetConnection fleet, RunCounters counters, OperationRecorder? recorder,
        ConcurrencyLimit concurrency, int steppedCopies = 64, FaultCrossings? crossings = null, ResidentOverlaps? overlaps = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(fleet);
        var picker = new ResidentPicker(fleet.Population, plan.Seed);
        fleet = fleet with { CounterWaited = counters.RecordCounterWait };
        StepGate? gate = null;
        var scenario = Scenario.Create(plan.Scenario.Name, async ctx =>
        {
            var arrival = plan.Arrival(plan.FirstSequence + ctx.IterationNumber);
            if (gate is not null) await gate.EnterAsync(arrival.SliceIndex, ctx.CancellationToken).ConfigureAwait(false);
            // Off the dispatcher at once: choosing the resident and sending the first call is work the
            // schedule must not wait for.
            else await Task.Yield();
            long? entered = null;
            try
            {
                var operation = OperationLibrary.Get(arrival.Operation);
                var today = DateOnly.FromDateTime(arrival.IntendedAt.ToOffset(CalendarWindow.JapanOffset).DateTime);
                long resident = picker.Pick(arrival.Sequence, operation.Criterion, today);
                overlaps?.Enter(resident);
                entered = resident;
                var input = new OperationInput(arrival.Sequence, resident, arrival.IntendedAt, arrival.Variant);
                var outcome = OperationOutcome.Ok;
                long started = Stopwatch.GetTimestamp();
                var result = await ctx.Step(operation.Name, async () =>
                {
                    outcome = await OperationLibrary.ExecuteAsync(operation, fleet, input).ConfigureAwait(false);
                    return outcome.Accepted ? StepResult.Ok() : StepResult.Fail(outcome.Reason!);
                }).ConfigureAwait(false);
                long service = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                counters.Count(outcome);
                if (outcome.IsFault) counters.RecordFaultAt(arrival.IntendedAt);
                recorder?.Record(
                    new OperationRecord(arrival.Sequence, arrival.IntendedAt, operation.Name, FleetKeys.Resident(resident), resident,
                        arrival.Variant, outcome.Kind, outcome.Reason),
                    service + (long)ctx.SchedulingLag.TotalMicroseconds, service);
                return result;
            }
            finally
            {
                if (entered is { } left) overlaps?.Leave(left);
                gate?.Leave(arrival.SliceIndex);
            }
        })
        .WithLoadSimulations([.. plan.Simulations(steppedCopies)])
        .WithConcurrency(concurrency)
        .WithInit(init =>
        {
            // The fleet clock starts frozen at the calendar's start; the run sets its pace as the load begins.
            if (plan.Stepped) gate = new StepGate(plan, fleet.Clock, crossings is null ? null : at => crossings.ClockAt(at, init.Annotations.Seconds));
            else fleet.Clock.Accelerate(plan.Factor);
            return Task.CompletedTask;
        });
        return scenario;
    }
}
