using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// Operations a resident does at the municipal counter, straight on the resident and card grains (the
/// counter's queue is the municipality grain's, which this build's Contracts do not have yet).
/// </summary>
internal static class CounterOperations
{
    public static IEnumerable<FleetOperation> All()
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

    public static async Task<OperationOutcome> OnCard(Fleet.FleetConnection fleet, OperationInput input, Func<ICardGrain, Task<OperationResult>> call)
    {
        var (_, card, reason) = await FleetCalls.CurrentCardAsync(fleet, input.ResidentIndex);
        if (card is null) return OperationOutcome.Refused(reason!);
        return OperationOutcome.From((await call(card)).Reason);
    }

    public static async Task<OperationOutcome> Result(Task<OperationResult> call) => OperationOutcome.From((await call).Reason);
}
