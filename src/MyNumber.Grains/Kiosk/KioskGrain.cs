using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Jpki;
using MyNumber.Contracts.Kiosk;
using MyNumber.Contracts.Municipality;
using MyNumber.Contracts.Residents;
using MyNumber.Domain;
using MyNumber.Domain.Kiosk;
using MyNumber.Domain.Kiosk.Session;
using MyNumber.Domain.Pins;
using Microsoft.Extensions.DependencyInjection;
using MyNumber.Grains.Cards;
using MyNumber.Grains.Faults;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Time;
using static MyNumber.Domain.Kiosk.Session.KioskEvent;
using PinSlot = MyNumber.Contracts.Cards.PinSlot;

namespace MyNumber.Grains.Kiosk;

/// <summary>
/// A store's multi-copy machine. Not reentrant: one session at a time. Each order is one session of the
/// Domain's <see cref="KioskSessionMachine"/> (R-KIOSK-11: hours at the start, card placed, user PIN counted
/// by the card, certificate and its hours, copies and fee, payment, print); who may use a kiosk is
/// <see cref="KioskEligibility"/>. The grain only fetches what the steps need from other grains. A
/// document that is not the holder's is never handed out: it is counted and the session cancelled. An injected
/// back-end latency (a slow certificate centre) delays the document and lengthens the print time of
/// <see cref="KioskSettings"/> by as much.
/// </summary>
[GrainType("kiosk")]
public sealed class KioskGrain(
    [PersistentState("kiosk", "store")] IPersistentState<StoredState<KioskState>> store,
    FleetClock clock,
    KioskSettings settings,
    IServiceProvider services) : Grain, IKioskGrain
{
    private readonly FaultSchedule _faults = services.GetService<FaultSchedule>() ?? FaultSchedule.None;

    public static readonly ReasonCode WrongPersonDocument = new("kiosk.wrong-person-document");

    private KioskState State => store.State.Value ?? new KioskState(0, 0, 0);

    public async Task<KioskReceipt> IssueAsync(KioskOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var kind = (CertificateKind)order.DocumentKind;
        if (!Enum.IsDefined(kind)) return Refused(KioskReasons.InvalidCopies.Code);
        var local = clock.NowInJapan;
        var start = KioskSessionMachine.Start(local);
        if (!start.IsAccepted) return Refused(start.Outcome);
        var run = new KioskSessionRun(start.State);
        if (run.Apply(new ServiceChosen()) is { IsAccepted: false } menu) return Refused(menu);

        // ② the card placed: the user certificate is read off the chip.
        if (!FleetKeys.TryParseCard(order.CardKey, out var index, out _)) return Refused(CardReasons.Unknown.Code);
        var card = GrainFactory.GetGrain<ICardGrain>(order.CardKey);
        var residentKey = FleetKeys.Resident(index);
        var holder = await GrainFactory.GetGrain<IResidentGrain>(residentKey).GetAsync();
        if (holder is null) return Refused(Residents.ResidentReasons.Unknown.Code);
        var certificate = await card.ReadCertificateAsync(CertificateUse.UserAuthentication);
        if (!certificate.Accepted) return Refused(certificate.Reason!);
        var eligible = KioskEligibility.Check(
            new KioskCredential(holder.BirthDate, KioskCredentialKind.Card, true, certificate.FaceAuthenticationOnly),
            DateOnly.FromDateTime(local));
        if (!eligible.IsAccepted) return Refused(eligible);
        if (run.Apply(new CredentialPlaced(KioskCredentialKind.Card), new IssuingMunicipalityChosen(holder.MunicipalityCode))
            is { IsAccepted: false } placed)
        {
            return Refused(placed);
        }

        // ④ the user PIN, counted by the card (R-PIN-2); the session machine decides what the answer means.
        var pin = await card.VerifyPinAsync(PinSlot.UserAuthentication, order.UserPin);
        if (pin.Reason is { } pinReason && pinReason != PinReasons.Wrong.Code && pinReason != PinReasons.Locked.Code)
            return Refused(pinReason);
        if (run.Apply(new PinEntered(pin.Accepted, pin.Reason == PinReasons.Locked.Code)) is { IsAccepted: false } entered)
            return Refused(entered);

        // The certificate is verified as any relying party does (revocation, R-CERT-2).
        var verified = await GrainFactory.GetGrain<ICertificateVerifierGrain>(0)
            .VerifyCertificateAsync(certificate.Certificate, CertificateUse.UserAuthentication);
        if (!verified.Valid) return Refused(verified.Reason);

        if (run.Apply(Choices(kind, order.Copies)) is { IsAccepted: false } chosen) return Refused(chosen);
        if (run.Apply(new Confirmed(), new FeePaid(run.Session.AmountDue)) is { IsAccepted: false } paid) return Refused(paid);

        // A slow certificate centre (J-LIS 証明書交付センター) holds the session and the print, as at a real store.
        var centreDelay = _faults.Active(FaultSchedule.BackendLatency, clock.UtcNow)?.Latency ?? TimeSpan.Zero;
        if (centreDelay > TimeSpan.Zero) await Task.Delay(centreDelay);
        var document = await GrainFactory.GetGrain<IMunicipalityGrain>(FleetKeys.Municipality(holder.MunicipalityCode))
            .ProduceDocumentAsync(residentKey, order.DocumentKind);
        if (document.HolderResidentKey != residentKey)
        {
            await SaveAsync(State with { InvariantViolations = State.InvariantViolations + 1 });
            return new KioskReceipt(WrongPersonDocument.Code, 0, TimeSpan.Zero);
        }

        if (run.Apply(new Printed(), new ReceiptTaken()) is { IsAccepted: false } printed) return Refused(printed);
        await SaveAsync(State with { Printed = State.Printed + 1 });
        return new KioskReceipt(null, run.Session.AmountDue, settings.PrintTimeOf(order.Copies) + centreDelay);
    }

    public Task<int> InvariantViolationsAsync() => Task.FromResult(State.InvariantViolations);

    /// <summary>Screens ⑤–⑨: a resident-record copy is for the holder alone, with no optional items.</summary>
    private static KioskEvent[] Choices(CertificateKind kind, int copies) => kind == CertificateKind.ResidentRecordCopy
        ?
        [
            new CredentialRemoved(), new CertificateChosen(kind), new IssuanceChosen(ResidentRecordIssuance.Self),
            new PrintedItemsChosen(ResidentRecordPrintedItems.None), new CopiesChosen(copies),
        ]
        : [new CredentialRemoved(), new CertificateChosen(kind), new CopiesChosen(copies)];

    private static KioskReceipt Refused(Outcome outcome) => Refused(outcome.Reason!.Value.Code);

    private static KioskReceipt Refused(string reason) => new(reason, 0, TimeSpan.Zero);

    private Task SaveAsync(KioskState next) => store.CommitAsync(next, this.GetPrimaryKeyString());
}
