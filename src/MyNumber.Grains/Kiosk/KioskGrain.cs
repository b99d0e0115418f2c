using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Municipality;
using MyNumber.Contracts.Residents;
using MyNumber.Domain;
using MyNumber.Domain.Kiosk;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Time;

namespace MyNumber.Grains.Kiosk;

/// <summary>
/// A store's multi-copy machine. Not reentrant: one session at a time. The session follows R-KIOSK-11 —
/// card placed, user PIN (counted by the card, R-PIN-2), document, copies, fee, print — and every decision
/// is the Domain's (hours, eligibility, fees). A document that is not the holder's is never handed out.
/// </summary>
[GrainType("kiosk")]
public sealed class KioskGrain(
    [PersistentState("kiosk", "store")] IPersistentState<StoredState<KioskState>> store,
    FleetClock clock) : Grain, IKioskGrain
{
    public static readonly ReasonCode WrongPersonDocument = new("kiosk.wrong-person-document");
    private static readonly TimeSpan PrintPerCopy = TimeSpan.FromSeconds(12);
    private static readonly TimeSpan PrintSetup = TimeSpan.FromSeconds(20);

    private KioskState State => store.State.Value ?? new KioskState(0, 0, 0);

    public async Task<KioskReceipt> IssueAsync(KioskOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var kind = (CertificateKind)order.DocumentKind;
        var local = clock.NowInJapan;
        var today = DateOnly.FromDateTime(local);
        if (!Enum.IsDefined(kind) || order.Copies < 1) return Refused(KioskReasons.InvalidCopies.Code);
        if (KioskHours.CheckFor(kind, local) is { IsAccepted: false } closed) return Refused(closed.Reason!.Value.Code);
        if (!FleetKeys.TryParseCard(order.CardKey, out var index, out _)) return Refused(CardReasons.Unknown.Code);

        var card = GrainFactory.GetGrain<ICardGrain>(order.CardKey);
        var residentKey = FleetKeys.Resident(index);
        var holder = await GrainFactory.GetGrain<IResidentGrain>(residentKey).GetAsync();
        if (holder is null) return Refused(Residents.ResidentReasons.Unknown.Code);

        // ② the card placed: the user certificate is read off the chip.
        var certificate = await card.ReadCertificateAsync(CertificateUse.UserAuthentication);
        if (!certificate.Accepted) return Refused(certificate.Reason!);
        var eligible = KioskEligibility.Check(
            new KioskCredential(holder.BirthDate, KioskCredentialKind.Card, true, certificate.FaceAuthenticationOnly), today);
        if (!eligible.IsAccepted) return Refused(eligible.Reason!.Value.Code);

        // ④ the user PIN, counted by the card; then the certificate is verified as any relying party does.
        var pin = await card.VerifyPinAsync(PinSlot.UserAuthentication, order.UserPin);
        if (!pin.Accepted) return Refused(pin.Reason!);
        var verified = await GrainFactory.GetGrain<ICertificateVerifierGrain>(0)
            .VerifyCertificateAsync(certificate.Certificate, CertificateUse.UserAuthentication);
        if (!verified.Valid) return Refused(verified.Reason);

        var document = await GrainFactory.GetGrain<IMunicipalityGrain>(FleetKeys.Municipality(holder.MunicipalityCode))
            .ProduceDocumentAsync(residentKey, order.DocumentKind);
        if (document.HolderResidentKey != residentKey)
        {
            await SaveAsync(State with { InvariantViolations = State.InvariantViolations + 1 });
            return new KioskReceipt(WrongPersonDocument.Code, 0, TimeSpan.Zero);
        }

        await SaveAsync(State with { Printed = State.Printed + 1 });
        return new KioskReceipt(null, KioskFees.StoreTotal(kind, order.Copies, today), PrintSetup + (PrintPerCopy * order.Copies));
    }

    public Task<int> InvariantViolationsAsync() => Task.FromResult(State.InvariantViolations);

    private static KioskReceipt Refused(string reason) => new(reason, 0, TimeSpan.Zero);

    private Task SaveAsync(KioskState next) => store.CommitAsync(next, this.GetPrimaryKeyString());
}
