using System.Globalization;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>Changes to the resident record and the hotline: moves, names, suspension (R-MOVE-*, R-LOSS-1).</summary>
internal static class RecordOperations
{
    private const string Destination = "131016";

    public static IEnumerable<FleetOperation> All()
    {
        yield return new("move-within", ResidentCriterion.Anyone, (f, i) =>
            CounterOperations.Result(FleetCalls.Resident(f, i.ResidentIndex).MoveWithinCityAsync(Address(i))));
        yield return new("name-change", ResidentCriterion.Anyone, (f, i) =>
            CounterOperations.Result(FleetCalls.Resident(f, i.ResidentIndex).ChangeNameAsync($"Resident {i.ResidentIndex} v{i.Variant % 1000}")));
        yield return new("move-out", ResidentCriterion.Anyone, (f, i) =>
            CounterOperations.Result(FleetCalls.Resident(f, i.ResidentIndex).MoveOutAsync(Destination, PlannedMove(i))));
        // The transfer-out at the old municipality is the transfer-in's precondition.
        yield return new("transfer-in", ResidentCriterion.Anyone, async (f, i) =>
        {
            var resident = FleetCalls.Resident(f, i.ResidentIndex);
            var moved = await resident.MoveOutAsync(Destination, PlannedMove(i));
            if (!moved.Accepted) return OperationOutcome.Refused(moved.Reason!);
            return OperationOutcome.From((await resident.TransferInAsync(Address(i))).Reason);
        });
        yield return new("suspend", ResidentCriterion.CardHolder, (f, i) => CounterOperations.OnCard(f, i, c => c.SuspendAsync()));
    }

    private static string Address(OperationInput input) =>
        string.Create(CultureInfo.InvariantCulture, $"{1 + input.Variant % 7}-{1 + input.Variant / 7 % 30}-{1 + input.Variant / 210 % 20}");

    private static DateOnly PlannedMove(OperationInput input) =>
        DateOnly.FromDateTime(input.IntendedAt.ToOffset(TimeSpan.FromHours(9)).DateTime).AddDays(7);
}
