using MyNumber.Contracts.Cards;
using MyNumber.Contracts;
using MyNumber.Contracts.Common;
using MyNumber.Contracts.Municipality;
using MyNumber.Load.Scenarios.Fleet;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// Operations a resident does at the municipal counter, straight on the resident and card grains (the
/// counter's queue is the municipality grain's, which this build's Contracts do not have yet).
/// </summary>
internal static class CounterOperations
{
    public static IEnumerable<FleetOperation> All() => Operations().Select(Queued);

    private static IEnumerable<FleetOperation> Operations()
    {
        yield return new("apply", ResidentCriterion.NonHolder, (f, i) => Result(FleetCalls.Resident(f, i.ResidentIndex).ApplyForCardAsync(false)));
        yield return new("apply-online", ResidentCriterion.NonHolder, (f, i) => Result(FleetCalls.Resident(f, i.ResidentIndex).ApplyForCardAsync(false)));
        // The application happened weeks before; in the run it is the handover's precondition.
        yield return new("handover", ResidentCriterion.NonHolder, async (f, i) =>
        {
            var resident = FleetCalls.Resident(f, i.ResidentIndex);
            var applied = await resident.ApplyForCardAsync(false);
            if (!applied.Accepted) return OperationOutcome.Refused(applied.Reason!);
            return OperationOutcome.From((await resident.CollectCardAsync(f.Population.Pins(i.ResidentIndex))).Reason);
        });
        yield return new("issue-certificate", ResidentCriterion.CardHolder, (f, i) => OnCard(f, i, c => c.IssueSigningCertificateAsync()));
        yield return new("renew-certificate", ResidentCriterion.RenewalDue, (f, i) => OnCard(f, i, c => c.RenewCertificatesAsync()));
        // A card renewal is an application for the next card (R-VAL-7).
        yield return new("renew-card", ResidentCriterion.CardHolder, (f, i) => Result(FleetCalls.Resident(f, i.ResidentIndex).ApplyForCardAsync(false)));
        // R-PIN-3: the holder re-sets the PIN they had, so later arrivals still know it.
        yield return new("pin-reset-counter", ResidentCriterion.CardHolder, (f, i) =>
            OnCard(f, i, c => c.ResetPinAsync(PinSlot.UserAuthentication, f.Population.Pins(i.ResidentIndex).UserAuthentication)));
        yield return new("resume", ResidentCriterion.CardHolder, (f, i) => OnCard(f, i, async c =>
        {
            var suspended = await c.SuspendAsync();
            return suspended.Accepted ? await c.ResumeAsync() : suspended;
        }));
        yield return new("reissue", ResidentCriterion.CardHolder, async (f, i) =>
        {
            var lost = await OnCard(f, i, c => c.SuspendAsync());
            if (!lost.Accepted) return lost;
            var resident = FleetCalls.Resident(f, i.ResidentIndex);
            var applied = await resident.ApplyForCardAsync(false);
            if (!applied.Accepted) return OperationOutcome.Refused(applied.Reason!);
            return OperationOutcome.From((await resident.CollectCardAsync(f.Population.Pins(i.ResidentIndex))).Reason);
        });
    }

    /// <summary>The procedure each counter operation queues for (apply-online never comes to the counter).</summary>
    internal static CounterProcedure? ProcedureOf(string operation) => operation switch
    {
        "apply" or "renew-card" or "reissue" => CounterProcedure.Application,
        "handover" => CounterProcedure.Handover,
        "issue-certificate" or "renew-certificate" => CounterProcedure.Renewal,
        "pin-reset-counter" => CounterProcedure.PinReset,
        "resume" => CounterProcedure.SuspensionLift,
        _ => null,
    };

    /// <summary>The resident first takes a ticket at their municipality's counter; the simulated wait is reported.</summary>
    private static FleetOperation Queued(FleetOperation operation) => ProcedureOf(operation.Name) is not { } procedure ? operation
        : operation with
        {
            Execute = async (f, i) =>
            {
                if (f.CounterWaited is { } waited && await FleetCalls.Resident(f, i.ResidentIndex).GetAsync() is { } resident)
                {
                    var ticket = await f.Grains.GetGrain<IMunicipalityGrain>(FleetKeys.Municipality(resident.MunicipalityCode)).QueueAsync(procedure);
                    waited(ticket.Waiting);
                }
                return await operation.Execute(f, i);
            },
        };

    public static async Task<OperationOutcome> OnCard(FleetConnection fleet, OperationInput input, Func<ICardGrain, Task<OperationResult>> call)
    {
        var (_, card, reason) = await FleetCalls.CurrentCardAsync(fleet, input.ResidentIndex);
        if (card is null) return OperationOutcome.Refused(reason!);
        return OperationOutcome.From((await call(card)).Reason);
    }

    public static async Task<OperationOutcome> Result(Task<OperationResult> call) => OperationOutcome.From((await call).Reason);
}
