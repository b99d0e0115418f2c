using MyNumber.Contracts;
using MyNumber.Contracts.Kiosk;

namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// Store-kiosk operations (コンビニ交付): a session on one of the municipality's store machines, and the
/// two-step signing-PIN reset (smartphone reservation, then the kiosk, R-PIN-4). A document printed for
/// someone else is an invariant breach, never a refusal.
/// </summary>
internal static class KioskOperations
{
    public const string WrongPersonDocument = "kiosk.wrong-person-document";

    /// <summary>Stores per municipality (55,000 sites over 1,741 municipalities, calibration.md).</summary>
    private const int SitesPerMunicipality = 32;

    /// <summary>Documents on the kiosk menu (R-KIOSK-3): the first six of the Domain's certificate kinds.</summary>
    private const int MenuDocuments = 6;

    public static IEnumerable<FleetOperation> All()
    {
        yield return new("kiosk-issue", ResidentCriterion.CardHolder, async (f, i) =>
        {
            var (resident, _, reason) = await FleetCalls.CurrentCardAsync(f, i.ResidentIndex);
            if (resident?.CardKey is not { } cardKey) return OperationOutcome.Refused(reason!);
            var kiosk = f.Grains.GetGrain<IKioskGrain>(FleetKeys.Kiosk($"{resident.MunicipalityCode}-{i.Variant % SitesPerMunicipality}"));
            var order = new KioskOrder(cardKey, f.Population.Pins(i.ResidentIndex).UserAuthentication, (int)(i.Variant / SitesPerMunicipality % MenuDocuments), 1);
            var receipt = await kiosk.IssueAsync(order);
            return receipt.Reason == WrongPersonDocument
                ? OperationOutcome.Refused(OperationOutcome.WrongPersonIssuance)
                : OperationOutcome.From(receipt.Reason);
        });
        // The holder re-sets the signing PIN they had, so later arrivals still know it.
        yield return new("pin-reset-kiosk", ResidentCriterion.CardHolder, (f, i) => CounterOperations.OnCard(f, i, async c =>
        {
            var pins = f.Population.Pins(i.ResidentIndex);
            var reserved = await c.ReserveSigningResetAsync(pins.UserAuthentication, faceMatched: true);
            return reserved.Accepted ? await c.CompleteSigningResetAsync(pins.UserAuthentication, pins.Signing) : reserved;
        }));
    }
}
