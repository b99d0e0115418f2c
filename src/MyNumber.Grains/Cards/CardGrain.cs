using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;
using MyNumber.Domain;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Validity;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;
using MyNumber.Jpki.Card;
using MyNumber.Jpki.Revocation;
using DomainSlot = MyNumber.Domain.Pins.PinSlot;
using PinSlot = MyNumber.Contracts.Cards.PinSlot;

namespace MyNumber.Grains.Cards;

/// <summary>
/// One My Number Card. PIN rules are the Domain's <see cref="PinSet"/>, dates the Domain's validity rules;
/// the grain is not reentrant, so calls on one card run one after another and every wrong PIN is counted
/// before the next entry is looked at (R-PIN-2). Only changes are written.
/// </summary>
[GrainType("card")]
public sealed class CardGrain(
    [PersistentState("card", "store")] IPersistentState<StoredState<CardState>> store,
    PopulationGenerator population,
    CardCertificates certificates,
    FleetClock clock) : Grain, ICardGrain
{
    private CardState _card = CardState.None;
    private long _index;
    private int _generation;

    private string Key => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!FleetKeys.TryParseCard(Key, out _index, out _generation)) _index = -1;
        _card = store.State.Value
            ?? (_index >= 0 ? PopulationCards.InitialCard(population, _index, _generation, Key) : null)
            ?? CardState.None;
        return Task.CompletedTask;
    }

    public Task<CardSnapshot> GetAsync() => Task.FromResult(CardSnapshots.Of(Key, _index, _generation, _card));

    public async Task<OperationResult> ApplyAsync(HolderFacts holder, bool faceAuthenticationOnly)
    {
        if (_index < 0) return Refused(CardReasons.Unknown);
        if (_card.Status != CardStatus.None) return Refused(CardReasons.WrongState);
        return await SaveAsync(CardState.None with
        {
            Status = CardStatus.Applied, Holder = holder, FaceAuthenticationOnly = faceAuthenticationOnly,
            AppliedOn = clock.TodayInJapan,
        });
    }

    public async Task<OperationResult> MarkReadyAsync() => _card.Status switch
    {
        CardStatus.Applied => await SaveAsync(_card with { Status = CardStatus.ReadyForPickup }),
        CardStatus.ReadyForPickup => OperationResult.Ok,
        _ => Refused(CardReasons.WrongState),
    };

    public async Task<OperationResult> HandOverAsync(HandoverPins? pins)
    {
        if (_card.Status != CardStatus.ReadyForPickup || _card.Holder is not { } holder) return Refused(CardReasons.WrongState);
        var today = clock.TodayInJapan;
        var signs = !_card.FaceAuthenticationOnly && ValidityRules.GetsSigningCertificate(holder.BirthDate, today);
        PinSet chosen;
        if (_card.FaceAuthenticationOnly) chosen = PinSet.FaceAuthentication();
        else
        {
            if (pins is null) return Refused(PinReasons.Format);
            var choice = PinSet.Choose(signs ? pins.Signing : "", pins.UserAuthentication, pins.ResidentRegistry,
                pins.CardInfoInput, PopulationCards.SaltFor(Key, 0));
            if (!choice.IsAccepted) return Refused(choice.Outcome.Reason!.Value);
            chosen = choice.State;
        }

        var next = _card with
        {
            Status = CardStatus.Active, IssuedOn = today,
            ExpiresOn = ValidityRules.CardExpires(holder.BirthDate, today, holder.StayEnds),
            Pins = StoredPins.FromDomain(chosen),
            LastSequence = _card.LastSequence + 2,
            UserSequence = _card.LastSequence + 1, UserIssuedOn = today,
            SigningSequence = signs ? _card.LastSequence + 2 : null, SigningIssuedOn = signs ? today : null,
            SigningRevoked = false,
        };
        await IssueAsync(next);
        return await SaveAsync(next);
    }

    public async Task<PinCheck> VerifyPinAsync(PinSlot slot, string pin)
    {
        if (Usable() is { } refused) return new PinCheck(refused.Code, 0);
        var (outcome, triesLeft) = await EnterPinAsync((DomainSlot)slot, pin);
        return new PinCheck(outcome.Reason?.Code, triesLeft);
    }

    public async Task<CardSignature> SignAsync(CertificateUse use, string pin, byte[] challenge)
    {
        if (Usable() is { } refused) return CardSignature.Refused(refused.Code);
        var sequence = use == CertificateUse.Signing ? _card.SigningSequence : _card.UserSequence;
        if (sequence is null) return CardSignature.Refused(CardReasons.NoCertificate.Code);
        var slot = use == CertificateUse.Signing ? DomainSlot.Signing : DomainSlot.UserAuthentication;
        var (outcome, _) = await EnterPinAsync(slot, pin);
        if (!outcome.IsAccepted) return CardSignature.Refused(outcome.Reason!.Value.Code);
        var der = await DerAsync(use);
        // The chip's own work (its private key never leaves it): not a system-side cost.
        var signature = CardSigner.SignChallenge(certificates.Jpki.CardKeys.KeyFor(_index).PrivateKey, challenge);
        return new CardSignature(null, signature, der);
    }

    public async Task<CardCertificate> ReadCertificateAsync(CertificateUse use)
    {
        if (Usable() is { } refused) return new CardCertificate(refused.Code, [], _card.FaceAuthenticationOnly);
        var sequence = use == CertificateUse.Signing ? _card.SigningSequence : _card.UserSequence;
        if (sequence is null) return new CardCertificate(CardReasons.NoCertificate.Code, [], _card.FaceAuthenticationOnly);
        return new CardCertificate(null, await DerAsync(use), _card.FaceAuthenticationOnly);
    }

    public Task<OperationResult> ReserveSigningResetAsync(string userPin, bool faceMatched) =>
        ChangePinsAsync(pins => pins.ReserveSigningReset(userPin ?? "", faceMatched, clock.UtcNow));

    public Task<OperationResult> CompleteSigningResetAsync(string userPin, string newSigningPin) =>
        ChangePinsAsync(pins => pins.CompleteSigningReset(userPin ?? "", newSigningPin ?? "", clock.UtcNow,
            PopulationCards.SaltFor(Key, _card.LastSequence + 1000)));

    public async Task<OperationResult> SuspendAsync()
    {
        if (Usable() is { } refused) return Refused(refused);
        await RevokeAllAsync(RevocationReason.CertificateHold);
        return await SaveAsync(_card with { Status = CardStatus.Suspended });
    }

    public async Task<OperationResult> ResumeAsync()
    {
        if (_card.Status != CardStatus.Suspended) return Refused(CardReasons.WrongState);
        await certificates.ReleaseAsync(_index, _generation, CertificateUse.UserAuthentication, _card.UserSequence);
        await certificates.ReleaseAsync(_index, _generation, CertificateUse.Signing, _card.SigningSequence);
        return await SaveAsync(_card with { Status = CardStatus.Active });
    }

    public async Task<OperationResult> ResetPinAsync(PinSlot slot, string newPin)
    {
        if (Usable() is { } refused && refused != ValidityReasons.CardLapsed) return Refused(refused);
        if (_card.Pins is not { } stored) return Refused(CardReasons.WrongState);
        // R-PIN-3: this counter call stands for the holder presenting the card and one more photo ID.
        var reset = stored.ToDomain().ResetAtCounter((DomainSlot)slot, newPin,
            [Domain.Identity.IdentityDocument.MyNumberCard, Domain.Identity.IdentityDocument.DrivingLicence],
            PopulationCards.SaltFor(Key, _card.LastSequence + stored.Failures.Sum(f => f) + 1));
        if (!reset.IsAccepted) return Refused(reset.Outcome.Reason!.Value);
        return await SaveAsync(_card with { Pins = StoredPins.FromDomain(reset.State) });
    }

    public async Task<OperationResult> ChangeFactsAsync(HolderFacts holder)
    {
        if (_card.Holder is null || _card.Status is CardStatus.None) return Refused(CardReasons.Unknown);
        // R-CERT-1: any change of the basic facts revokes the signing certificate at once.
        var revoke = !_card.SigningRevoked && _card.SigningSequence is not null;
        if (revoke)
        {
            await certificates.RevokeAsync(_index, _generation, CertificateUse.Signing, _card.SigningSequence, clock.UtcNow,
                RevocationReason.AffiliationChanged);
        }

        return await SaveAsync(_card with { Holder = holder, SigningRevoked = _card.SigningRevoked || revoke });
    }

    public async Task<OperationResult> IssueSigningCertificateAsync()
    {
        if (Usable() is { } refused) return Refused(refused);
        var today = clock.TodayInJapan;
        if (_card.FaceAuthenticationOnly || !ValidityRules.GetsSigningCertificate(_card.Holder!.BirthDate, today)
            || _card.Pins is not { } pins || !pins.ToDomain().Signing.IsSet)
        {
            return Refused(CardReasons.NoCertificate);
        }

        var next = _card with
        {
            LastSequence = _card.LastSequence + 1, SigningSequence = _card.LastSequence + 1,
            SigningIssuedOn = today, SigningRevoked = false,
        };
        await DerAsync(next, CertificateUse.Signing);
        return await SaveAsync(next);
    }

    public async Task<OperationResult> RenewCertificatesAsync()
    {
        if (Usable() is { } refused) return Refused(refused);
        var today = clock.TodayInJapan;
        if (_card.UserIssuedOn is not { } issued) return Refused(CardReasons.NoCertificate);
        if (today < ValidityRules.RenewalOpens(CardStanding.CertificateExpires(_card.Holder!, issued)))
            return Refused(ValidityReasons.RenewalNotOpen);
        await RevokeAllAsync(RevocationReason.Superseded);
        var signs = _card.SigningSequence is not null;
        var next = _card with
        {
            LastSequence = _card.LastSequence + 2, UserSequence = _card.LastSequence + 1, UserIssuedOn = today,
            SigningSequence = signs ? _card.LastSequence + 2 : null, SigningIssuedOn = signs ? today : null,
            SigningRevoked = false,
        };
        await IssueAsync(next);
        return await SaveAsync(next);
    }

    public async Task<OperationResult> SupersedeAsync()
    {
        if (_card.Status is CardStatus.None or CardStatus.Superseded) return Refused(CardReasons.WrongState);
        await RevokeAllAsync(RevocationReason.Superseded);
        return await SaveAsync(_card with { Status = CardStatus.Superseded });
    }

    public async Task<OperationResult> LapseAsync(string reason)
    {
        if (_card.Status is CardStatus.None or CardStatus.Superseded or CardStatus.Lapsed) return Refused(CardReasons.WrongState);
        await RevokeAllAsync(RevocationReason.CessationOfOperation);
        return await SaveAsync(_card with { Status = CardStatus.Lapsed, LapseReason = reason });
    }

    private ReasonCode? Usable() => _index < 0 ? CardReasons.Unknown : CardStanding.RefusalOn(_card, clock.TodayInJapan);

    /// <summary>
    /// A PIN entry: the Domain decides (the whole PinSet for a face-authentication card, else the one
    /// slot), and the slot's counter is written only when it moved: a right PIN at zero writes nothing.
    /// </summary>
    private async Task<(Outcome Outcome, int TriesLeft)> EnterPinAsync(DomainSlot slot, string pin)
    {
        if (_card.Pins is not { } stored) return (Outcome.Refused(PinReasons.NotSet), 0);
        if (stored.FaceAuthentication)
        {
            var whole = stored.ToDomain().Verify(slot, pin ?? "");
            return (whole.Outcome, whole.State[slot].RemainingTries);
        }

        var entry = stored.Slot(slot).Verify(pin ?? "");
        if (entry.State.ConsecutiveFailures != stored.FailuresOf(slot))
        {
            await SaveAsync(_card with { Pins = stored.WithFailures(slot, entry.State.ConsecutiveFailures) });
        }

        return (entry.Outcome, entry.State.RemainingTries);
    }

    /// <summary>A Domain PIN operation on the whole set; whatever it changed (counters too) is written.</summary>
    private async Task<OperationResult> ChangePinsAsync(Func<PinSet, Transition<PinSet>> change)
    {
        if (Usable() is { } refused) return Refused(refused);
        if (_card.Pins is not { } stored) return Refused(PinReasons.NotSet);
        var result = change(stored.ToDomain());
        var next = StoredPins.FromDomain(result.State);
        if (!next.SameAs(stored)) await SaveAsync(_card with { Pins = next });
        return result.IsAccepted ? OperationResult.Ok : Refused(result.Outcome.Reason!.Value);
    }

    private async Task IssueAsync(CardState card)
    {
        await DerAsync(card, CertificateUse.UserAuthentication);
        await DerAsync(card, CertificateUse.Signing);
    }

    private Task<byte[]> DerAsync(CertificateUse use) => DerAsync(_card, use);

    private Task<byte[]> DerAsync(CardState card, CertificateUse use)
    {
        var (sequence, issued) = use == CertificateUse.Signing
            ? (card.SigningSequence, card.SigningIssuedOn)
            : (card.UserSequence, card.UserIssuedOn);
        return sequence is { } s && issued is { } on && card.Holder is { } holder
            ? certificates.DerAsync(_index, _generation, use, s, holder, on)
            : Task.FromResult(Array.Empty<byte>());
    }

    private async Task RevokeAllAsync(RevocationReason reason)
    {
        var at = clock.UtcNow;
        await certificates.RevokeAsync(_index, _generation, CertificateUse.UserAuthentication, _card.UserSequence, at, reason);
        if (!_card.SigningRevoked) await certificates.RevokeAsync(_index, _generation, CertificateUse.Signing, _card.SigningSequence, at, reason);
    }

    private async Task<OperationResult> SaveAsync(CardState next)
    {
        await store.CommitAsync(next, Key);
        _card = next;
        return OperationResult.Ok;
    }

    private static OperationResult Refused(ReasonCode reason) => OperationResult.Refused(reason.Code);
}
