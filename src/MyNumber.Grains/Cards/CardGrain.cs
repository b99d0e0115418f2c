using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;
using MyNumber.Domain;
using MyNumber.Domain.Calendar;
using MyNumber.Domain.Identity;
using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Card;
using DomainSlot = MyNumber.Domain.Pins.PinSlot;
using PinSlot = MyNumber.Contracts.Cards.PinSlot;

namespace MyNumber.Grains.Cards;

/// <summary>
/// One My Number Card. Every decision is the Domain's: the stored card is turned into the Domain's
/// <see cref="Card"/>, the event goes through <see cref="CardLifecycle"/> or <see cref="PinSet"/>, and the
/// result is projected back, told to the JPKI authority and written when it changed. The grain is not
/// reentrant, so calls on one card run one after another and every wrong PIN is counted before the next
/// entry is looked at (R-PIN-2). Only changes are written. A card owed a renewal notice within
/// <see cref="RenewalNotices.HorizonDays"/> simulated days keeps a durable reminder that wakes it to send one (R-VAL-8).
/// </summary>
[GrainType("card")]
public sealed class CardGrain(
    [PersistentState("card", "store")] IPersistentState<StoredState<CardState>> store,
    PopulationGenerator population,
    CardCertificates certificates,
    FleetClock clock) : Grain, ICardGrain, IRemindable
{
    /// <summary>The reminder's name; reminders are keyed by grain type and name, so it stays as it is.</summary>
    public const string NoticeReminder = "renewal-notice";

    private CardState _card = CardState.None;
    private long _index;
    private int _generation;

    private string Key => this.GetPrimaryKeyString();

    private DateOnly Today => clock.TodayInJapan;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!FleetKeys.TryParseCard(Key, out _index, out _generation)) _index = -1;
        _card = store.State.Value
            ?? (_index >= 0 ? PopulationCards.InitialCard(population, _index, _generation, Key) : null)
            ?? CardState.None;
        return ScheduleNoticeAsync();
    }

    /// <summary>R-VAL-8: woken by the reminder; the simulated clock, not the reminder, says whether the notice is due.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != NoticeReminder) return;
        var today = Today;
        if (RenewalNotices.Next(_card, today) is { } next && next.DueOn <= today)
            await CommitAsync(_card with { Notice = new RenewalNoticeRecord(next.ForExpiry, today, (_card.Notice?.Count ?? 0) + 1) });
        if (!await ScheduleNoticeAsync() && await this.GetReminder(NoticeReminder) is { } reminder)
            await this.UnregisterReminder(reminder);
    }

    public Task<CardSnapshot> GetAsync()
    {
        var shown = _card.Status == CardStatus.None ? _card : CardRecords.From(CardLifecycle.Settle(CardRecords.ToDomain(_card), Today), _card);
        return Task.FromResult(CardSnapshots.Of(Key, _index, _generation, shown));
    }

    public async Task<OperationResult> ApplyAsync(HolderFacts holder, bool faceAuthenticationOnly)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (_index < 0) return Refused(CardReasons.Unknown);
        // The key names one physical card: a second application is a new generation, never this grain.
        if (_card.Status != CardStatus.None) return Refused(CardReasons.WrongState);
        if (Today < holder.BirthDate) return Refused(CardReasons.BadInput);
        var applied = CardRecords.From(Card.Apply(CardRecords.HolderOf(holder), Today),
            CardState.None with { Holder = holder, FaceAuthenticationOnly = faceAuthenticationOnly });
        await CommitAsync(applied);
        return OperationResult.Ok;
    }

    public Task<OperationResult> MarkReadyAsync() => EventAsync(new CardEvent.MarkReady());

    public async Task<OperationResult> HandOverAsync(HandoverPins? pins)
    {
        if (_card.Holder is not { } holder) return Refused(CardReasons.Unknown);
        PinSet chosen;
        if (_card.FaceAuthenticationOnly) chosen = PinSet.FaceAuthentication();
        else
        {
            if (pins is null) return Refused(PinReasons.Format);
            // R-VAL-4: under 15 the signing PIN the holder brought is not set, so no signing certificate is issued.
            var signs = ValidityRules.GetsSigningCertificate(holder.BirthDate, Today);
            var choice = PinSet.Choose(signs ? pins.Signing : "", pins.UserAuthentication, pins.ResidentRegistry,
                pins.CardInfoInput, PopulationCards.SaltFor(Key, 0));
            if (!choice.IsAccepted) return Refused(choice.Outcome.Reason!.Value);
            chosen = choice.State;
        }

        return await EventAsync(new CardEvent.HandOver(chosen));
    }

    /// <summary>R-PIN-2. The common call of the fleet: decided and answered without a write unless a counter moved.</summary>
    public Task<PinCheck> VerifyPinAsync(PinSlot slot, string pin)
    {
        if (_card.Status == CardStatus.None) return Task.FromResult(new PinCheck(CardReasons.Unknown.Code, 0));
        var domainSlot = (DomainSlot)slot;
        var (outcome, card, next) = Project(CardLifecycle.VerifyPin(CardRecords.ToDomain(_card), domainSlot, pin ?? "", Today));
        var check = new PinCheck(outcome.Reason?.Code, card.Pins?[domainSlot].RemainingTries ?? 0);
        return ReferenceEquals(next, _card) ? Task.FromResult(check) : AnswerAfterAsync(next, check);
    }

    public async Task<CardSignature> SignAsync(CertificateUse use, string pin, byte[] challenge)
    {
        if (_card.Status == CardStatus.None) return CardSignature.Refused(CardReasons.Unknown.Code);
        var kind = use == CertificateUse.Signing ? CertificateKind.Signing : CertificateKind.UserAuthentication;
        var usable = CardLifecycle.CanUseCertificate(CardRecords.ToDomain(_card), kind, Today);
        if (!usable.IsAccepted) return CardSignature.Refused(usable.Reason!.Value.Code);
        var slot = use == CertificateUse.Signing ? DomainSlot.Signing : DomainSlot.UserAuthentication;
        var (outcome, _) = await TransitAsync(c => CardLifecycle.VerifyPin(c, slot, pin ?? "", Today));
        if (!outcome.IsAccepted) return CardSignature.Refused(outcome.Reason!.Value.Code);
        var der = await certificates.DerAsync(_index, _generation, use, _card);
        // The chip's own work (its private key never leaves it): not a system-side cost.
        var signature = CardSigner.SignChallenge(certificates.Jpki.CardKeys.KeyFor(_index).PrivateKey, challenge);
        return new CardSignature(null, signature, der);
    }

    public async Task<CardCertificate> ReadCertificateAsync(CertificateUse use)
    {
        var face = _card.FaceAuthenticationOnly;
        if (_card.Status == CardStatus.None) return new CardCertificate(CardReasons.Unknown.Code, [], face);
        // Reading the chip needs no PIN and no valid certificate: the relying party's verifier judges that.
        var card = CardLifecycle.Settle(CardRecords.ToDomain(_card), Today);
        if (!card.IsInUse) return new CardCertificate(CardLifecycle.StateReason(card.State).Code, [], face);
        var stored = use == CertificateUse.Signing ? _card.SigningCertificate : _card.UserCertificate;
        if (stored is null) return new CardCertificate(CardReasons.NoCertificate.Code, [], face);
        return new CardCertificate(null, await certificates.DerAsync(_index, _generation, use, _card), face);
    }

    public Task<OperationResult> ReserveSigningResetAsync(string userPin, bool faceMatched) =>
        PinsAsync(pins => pins.ReserveSigningReset(userPin ?? "", faceMatched, clock.UtcNow));

    public Task<OperationResult> CompleteSigningResetAsync(string userPin, string newSigningPin) =>
        PinsAsync(pins => pins.CompleteSigningReset(userPin ?? "", newSigningPin ?? "", clock.UtcNow,
            PopulationCards.SaltFor(Key, _card.LastSequence + 1000)));

    /// <summary>R-PIN-3: this counter call stands for the holder presenting the card and one more photo ID.</summary>
    public Task<OperationResult> ResetPinAsync(PinSlot slot, string newPin) =>
        PinsAsync(pins => pins.ResetAtCounter((DomainSlot)slot, newPin ?? "",
            [IdentityDocument.MyNumberCard, IdentityDocument.DrivingLicence],
            PopulationCards.SaltFor(Key, _card.LastSequence + (_card.Pins?.Failures.Sum(f => f) ?? 0) + 1)));

    public Task<OperationResult> SuspendAsync() => EventAsync(new CardEvent.ReportLost());

    public Task<OperationResult> ResumeAsync() => EventAsync(new CardEvent.ResumeAtCounter(CardPresented: true));

    /// <summary>R-CERT-1, R-MOVE-1: which basic fact changed names the Domain event; the facts are kept when accepted.</summary>
    public Task<OperationResult> ChangeFactsAsync(HolderFacts holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        if (_card.Holder is not { } old) return Task.FromResult(Refused(CardReasons.Unknown));
        CardEvent change = old.Name != holder.Name ? new CardEvent.ChangeBasicFact(BasicFact.Name)
            : old.BirthDate != holder.BirthDate ? new CardEvent.ChangeBasicFact(BasicFact.DateOfBirth)
            : old.Female != holder.Female ? new CardEvent.ChangeBasicFact(BasicFact.Sex)
            : new CardEvent.MoveWithinCity();
        return EventAsync(change, s => s with { Holder = holder with { StayEnds = s.Holder!.StayEnds } });
    }

    public Task<OperationResult> IssueSigningCertificateAsync() =>
        ResultAsync(c => CardLifecycle.IssueSigningCertificate(c, Today));

    public Task<OperationResult> RenewCertificatesAsync() =>
        EventAsync(new CardEvent.RenewCertificates(InPerson: true, CardPresented: true));

    public Task<OperationResult> SupersedeAsync() => EventAsync(new CardEvent.Reissue(ReissueReason.Renewal));

    public Task<OperationResult> LapseAsync(string reason) =>
        EventAsync(new CardEvent.Lapse(), s => s with { LapseReason = reason });

    public Task<OperationResult> MoveOutAsync(DateOnly plannedMoveOut) =>
        EventAsync(new CardEvent.MoveOut(plannedMoveOut));

    public Task<OperationResult> TransferInAsync(HolderFacts holder, DateOnly movedIn)
    {
        ArgumentNullException.ThrowIfNull(holder);
        return EventAsync(new CardEvent.TransferIn(movedIn), s => s with { Holder = holder with { StayEnds = s.Holder!.StayEnds } });
    }

    public Task<OperationResult> MoveOverseasAsync(DateOnly moveOutOn, bool procedureDone) =>
        EventAsync(new CardEvent.MoveOverseas(moveOutOn, procedureDone));

    public async Task<CardStatus> SettleAsync()
    {
        if (_card.Status == CardStatus.None) return CardStatus.None;
        await TransitAsync(c => Transition.Accept(CardLifecycle.Settle(c, Today)));
        return _card.Status;
    }

    private Task<OperationResult> EventAsync(CardEvent e, Func<CardState, CardState>? onAccepted = null) =>
        ResultAsync(c => CardLifecycle.Apply(c, e, Today), onAccepted);

    /// <summary>A Domain operation on the card's PIN set; only a card in use takes one (R-LOSS-1, R-VAL-1).</summary>
    private Task<OperationResult> PinsAsync(Func<PinSet, Transition<PinSet>> change) => ResultAsync(c =>
    {
        var settled = CardLifecycle.Settle(c, Today);
        if (!settled.IsInUse) return Transition.Refuse(settled, CardLifecycle.StateReason(settled.State));
        if (settled.Pins is not { } pins) return Transition.Refuse(settled, PinReasons.NotSet);
        var result = change(pins);
        return new Transition<Card>(settled with { Pins = result.State }, result.Outcome);
    });

    private async Task<OperationResult> ResultAsync(Func<Card, Transition<Card>> decide, Func<CardState, CardState>? onAccepted = null)
    {
        if (_card.Status == CardStatus.None) return Refused(CardReasons.Unknown);
        var (outcome, _) = await TransitAsync(decide, onAccepted);
        return outcome.IsAccepted ? OperationResult.Ok : Refused(outcome.Reason!.Value);
    }

    /// <summary>
    /// The one path of every change: the Domain decides on the card as of today, the result is projected
    /// back, the authority is told, and the card is written if anything changed (a refusal may change it
    /// too: a wrong PIN counts, a late transfer-in lapses the card).
    /// </summary>
    private async Task<(Outcome Outcome, CardState Card)> TransitAsync(Func<Card, Transition<Card>> decide,
        Func<CardState, CardState>? onAccepted = null)
    {
        var (outcome, _, next) = Project(decide(CardRecords.ToDomain(_card)), onAccepted);
        if (!ReferenceEquals(next, _card)) await PersistAsync(next);
        return (outcome, _card);
    }

    /// <summary>A Domain result as stored: <see cref="_card"/> itself when nothing changed.</summary>
    private (Outcome Outcome, Card Decided, CardState Next) Project(Transition<Card> result, Func<CardState, CardState>? onAccepted = null)
    {
        var next = CardRecords.From(result.State, _card);
        if (result.IsAccepted && onAccepted is not null) next = onAccepted(next);
        return (result.Outcome, result.State, ReferenceEquals(next, _card) || next.SameAs(_card) ? _card : next);
    }

    private async Task<T> AnswerAfterAsync<T>(CardState next, T answer)
    {
        await PersistAsync(next);
        return answer;
    }

    /// <summary>
    /// Tells the authority what concerns it (certificates, status), writes, and looks again at the renewal
    /// notice when the dates it hangs on moved; a PIN entry only writes.
    /// </summary>
    private async Task PersistAsync(CardState next)
    {
        var before = _card;
        if (CertificateSync.Concerns(before, next)) await certificates.ApplyAsync(_index, _generation, before, next, clock.UtcNow);
        await CommitAsync(next);
        if (RenewalNotices.MayMove(before, next)) await ScheduleNoticeAsync();
    }

    /// <summary>Sets the reminder for a notice owed within the horizon; false when none is (a later one is set on a later activation or change).</summary>
    private async Task<bool> ScheduleNoticeAsync()
    {
        var today = Today;
        if (RenewalNotices.Next(_card, today, dueBy: today.AddDays(RenewalNotices.HorizonDays)) is not { } next) return false;
        var (due, period) = clock.ReminderWait(new DateTimeOffset(next.DueOn.ToDateTime(TimeOnly.MinValue), JapanTime.Offset));
        await this.RegisterOrUpdateReminder(NoticeReminder, due, period);
        return true;
    }

    private async Task CommitAsync(CardState next)
    {
        await store.CommitAsync(next, Key);
        _card = next;
    }

    private static OperationResult Refused(ReasonCode reason) => OperationResult.Refused(reason.Code);
}
