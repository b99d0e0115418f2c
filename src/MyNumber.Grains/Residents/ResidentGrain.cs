using MyNumber.Contracts;
using MyNumber.Contracts.Cards;
using MyNumber.Contracts.Common;
using MyNumber.Contracts.Residents;
using MyNumber.Domain;
using MyNumber.Grains.Persistence;
using MyNumber.Grains.Population;
using MyNumber.Grains.Time;

namespace MyNumber.Grains.Residents;

/// <summary>
/// A resident: the procedural population's facts until the first change, then the stored record.
/// Card work is forwarded to the resident's current card grain; rules are the Domain's.
/// </summary>
[GrainType("resident")]
public sealed class ResidentGrain(
    [PersistentState("resident", "store")] IPersistentState<StoredState<ResidentState>> store,
    PopulationGenerator population,
    FleetClock clock) : Grain, IResidentGrain
{
    private ResidentState? _state;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _state = store.State.Value ?? Generated();
        return Task.CompletedTask;
    }

    public Task<ResidentSnapshot?> GetAsync()
    {
        if (_state is not { } s) return Task.FromResult<ResidentSnapshot?>(null);
        return Task.FromResult<ResidentSnapshot?>(new ResidentSnapshot(
            this.GetPrimaryKeyString(), population.NumberOf(s.Index).ToString(), s.BirthDate, s.Japanese, s.StayEnds,
            s.MunicipalityCode, s.Status, s.HoldsCard ? FleetKeys.Card(s.Index, s.CardGeneration) : null,
            s.FaceAuthenticationCard, s.Smartphone, s.InsuranceRegistered, s.HouseholdId, s.OldSurname is not null,
            StoredState: store.State.Value is not null));
    }

    public Task<HolderFacts?> GetFactsAsync() => Task.FromResult(_state is { } s ? FactsOf(s) : null);

    public async Task<OperationResult> ApplyForCardAsync(bool faceAuthenticationOnly)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        var s = _state!;
        var generation = s.CardGeneration + 1;
        var result = await Card(generation).ApplyAsync(FactsOf(s), faceAuthenticationOnly);
        if (!result.Accepted) return result;
        await SaveAsync(s with { CardGeneration = generation, CardIssuedOn = null, FaceAuthenticationCard = faceAuthenticationOnly });
        return result;
    }

    public async Task<OperationResult> CollectCardAsync(HandoverPins? pins)
    {
        if (Refusal(requireCard: true) is { } refused) return refused;
        var s = _state!;
        var card = Card(s.CardGeneration);
        // Already ready after a refused handover: the Domain refuses the second MarkReady and the handover decides.
        await card.MarkReadyAsync();
        var result = await card.HandOverAsync(pins);
        if (!result.Accepted) return result;
        // The previous card is invalid once the new one is handed over (R-LOSS-3).
        if (s.CardGeneration > 0) await Card(s.CardGeneration - 1).SupersedeAsync();
        await SaveAsync(s with { CardIssuedOn = clock.TodayInJapan });
        return result;
    }

    public Task<OperationResult> MoveWithinCityAsync(string newAddress) =>
        ChangeBasicFactsAsync(newAddress, s => s with { Address = newAddress });

    public Task<OperationResult> ChangeNameAsync(string newName) =>
        ChangeBasicFactsAsync(newName, s => s with { Name = newName });

    public async Task<OperationResult> MoveOutAsync(string toMunicipalityCode, DateOnly plannedOn)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(toMunicipalityCode)) return Refused(ResidentReasons.BadInput);
        // R-MOVE-2, R-MOVE-3: the card records the pending transfer; the Domain lapses it when the transfer-in is late.
        if (_state!.HoldsCard) await Card(_state.CardGeneration).MoveOutAsync(plannedOn);
        await SaveAsync(_state! with
        {
            Status = ResidentStatus.MovingOut,
            MoveOutPlannedOn = plannedOn,
            MovingToMunicipality = toMunicipalityCode,
        });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> TransferInAsync(string newAddress)
    {
        if (_state is not { } s) return Refused(ResidentReasons.Unknown);
        if (s.Status != ResidentStatus.MovingOut) return Refused(ResidentReasons.NotMovingOut);
        if (string.IsNullOrWhiteSpace(newAddress)) return Refused(ResidentReasons.BadInput);
        var next = s with
        {
            Status = ResidentStatus.Registered,
            Address = newAddress,
            MunicipalityCode = s.MovingToMunicipality ?? s.MunicipalityCode,
            MoveOutPlannedOn = null,
            MovingToMunicipality = null,
        };
        if (next.HoldsCard)
        {
            // R-MOVE-2: the card continues; the address changed, so the signing certificate is renewed.
            var card = Card(next.CardGeneration);
            var moved = await card.TransferInAsync(FactsOf(next), clock.TodayInJapan);
            if (moved.Accepted) await card.IssueSigningCertificateAsync();
        }

        await SaveAsync(next);
        return OperationResult.Ok;
    }

    public async Task<OperationResult> RegisterOldSurnameAsync(string oldSurname)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(oldSurname)) return Refused(ResidentReasons.BadInput);
        await SaveAsync(_state! with { OldSurname = oldSurname });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> RegisterInsuranceAsync()
    {
        if (Refusal(requireCard: true) is { } refused) return refused;
        if (_state!.InsuranceRegistered) return OperationResult.Ok;
        await SaveAsync(_state with { InsuranceRegistered = true });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> ExtendStayAsync(DateOnly newStayEnd)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        if (_state!.Japanese) return Refused(ResidentReasons.NotForeign);
        // R-VAL-5: the record's period of stay moves; the card's expiry does not (it needs a counter update).
        await SaveAsync(_state with { StayEnds = newStayEnd });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> DieAsync()
    {
        if (_state is not { } s) return Refused(ResidentReasons.Unknown);
        if (s.Status == ResidentStatus.Deceased) return Refused(ResidentReasons.Deceased);
        if (s.HoldsCard) await Card(s.CardGeneration).LapseAsync("resident.deceased");
        await SaveAsync(s with { Status = ResidentStatus.Deceased });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> MoveOverseasAsync(DateOnly plannedOn)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        var s = _state!;
        // R-MOVE-5: the Domain keeps a national's card (the procedure is done with the move-out) or lapses it.
        if (s.HoldsCard) await Card(s.CardGeneration).MoveOverseasAsync(plannedOn, procedureDone: true);

        await SaveAsync(s with { Status = ResidentStatus.Overseas, MoveOutPlannedOn = plannedOn, MovingToMunicipality = null });
        return OperationResult.Ok;
    }

    public async Task<OperationResult> CheckDeadlinesAsync()
    {
        if (_state is not { } s || !s.HoldsCard) return OperationResult.Ok;
        // R-MOVE-3: the Domain lapses a card 30 days after the planned move-out; settling makes it happen now.
        await Card(s.CardGeneration).SettleAsync();
        return OperationResult.Ok;
    }

    private async Task<OperationResult> ChangeBasicFactsAsync(string value, Func<ResidentState, ResidentState> change)
    {
        if (Refusal(requireCard: false) is { } refused) return refused;
        if (string.IsNullOrWhiteSpace(value)) return Refused(ResidentReasons.BadInput);
        var next = change(_state!);
        if (next.HoldsCard)
        {
            // R-CERT-1 / R-MOVE-1: the signing certificate is revoked at once; a new one is issued at the counter.
            var card = Card(next.CardGeneration);
            var changed = await card.ChangeFactsAsync(FactsOf(next));
            if (changed.Accepted) await card.IssueSigningCertificateAsync();
        }

        await SaveAsync(next);
        return OperationResult.Ok;
    }

    private OperationResult? Refusal(bool requireCard)
    {
        if (_state is not { } s) return Refused(ResidentReasons.Unknown);
        if (s.Status == ResidentStatus.Deceased) return Refused(ResidentReasons.Deceased);
        if (requireCard && !s.HoldsCard) return Refused(ResidentReasons.NoCard);
        return null;
    }

    private ICardGrain Card(int generation) => GrainFactory.GetGrain<ICardGrain>(FleetKeys.Card(_state!.Index, generation));

    private async Task SaveAsync(ResidentState next)
    {
        await store.CommitAsync(next, this.GetPrimaryKeyString());
        _state = next;
    }

    private ResidentState? Generated() =>
        FleetKeys.TryParseResident(this.GetPrimaryKeyString(), out var index) && population.Exists(index)
            ? population.Resident(index)
            : null;

    private static HolderFacts FactsOf(ResidentState s) =>
        new(s.Name, s.Address, s.BirthDate, s.Female, s.Japanese, s.StayEnds);

    private static OperationResult Refused(ReasonCode reason) => OperationResult.Refused(reason.Code);
}
