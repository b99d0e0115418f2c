using MyNumber.Load.Scenarios.Fleet;
using MyNumber.Load.Scenarios.Operations;
using MyNumber.Load.Scenarios.Planning;

namespace MyNumber.Load.Scenarios.Running;

/// <summary>
/// Touches the fleet's hot paths before the measured run (code compiled, verifier and revocation shards
/// activated) with read-only work only, so the run's outcomes, and a replay of them, are unaffected.
/// </summary>
public static class FleetWarmUp
{
    public static async Task RunAsync(FleetConnection fleet, DateTimeOffset at, ulong seed, int residents = 32)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var picker = new ResidentPicker(fleet.Population, seed ^ 0x5741524D55505F31UL);
        var face = OperationLibrary.Get("clinic-verify-face");
        var today = DateOnly.FromDateTime(at.ToOffset(Definition.CalendarWindow.JapanOffset).DateTime);
        var calls = Enumerable.Range(0, residents).Select(i =>
        {
            long resident = picker.Pick(i, ResidentCriterion.CardHolder, today);
            return OperationLibrary.ExecuteAsync(face, fleet, new OperationInput(i, resident, at, (ulong)i));
        });
        await Task.WhenAll(calls).ConfigureAwait(false);
    }
}
