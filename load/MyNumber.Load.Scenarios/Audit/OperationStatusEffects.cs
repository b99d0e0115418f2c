using MyNumber.Contracts.Cards;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// The card-status effect of each operation in the library, read off the operations' grain calls
/// (Operations/*.cs) and the Domain lifecycle. The resident grain always names its current card, so a
/// replaced card is followed: after an accepted application the current card is the new one, Applied;
/// after a handover or reissue it is the new one, Active. An operation missing here is unpredictable, so a
/// new operation is never audited by guesswork.
/// </summary>
public static class OperationStatusEffects
{
    private static readonly HashSet<CardStatus> Nothing = [];

    private static readonly Dictionary<string, StatusEffect> Effects = new(StringComparer.Ordinal)
    {
        // A new generation is applied for: the resident's current card becomes it (R-LOSS-3, R-VAL-7).
        ["apply"] = new(CardStatus.Applied, Nothing),
        ["apply-online"] = new(CardStatus.Applied, Nothing),
        ["renew-card"] = new(CardStatus.Applied, Nothing),
        // Apply, mark ready, hand over: a refusal can stop after the first two.
        ["handover"] = new(CardStatus.Active, new HashSet<CardStatus> { CardStatus.Applied, CardStatus.ReadyForPickup }),
        // Suspend the lost card, apply, hand over the new one.
        ["reissue"] = new(CardStatus.Active, new HashSet<CardStatus> { CardStatus.Suspended, CardStatus.Applied, CardStatus.ReadyForPickup }),
        // R-LOSS-1 (hotline).
        ["suspend"] = new(CardStatus.Suspended, Nothing),
        // Suspend, then R-LOSS-2 back to the status before the suspension: Active for every card this library
        // can reach, as none of its operations moves a card overseas.
        ["resume"] = new(CardStatus.Active, new HashSet<CardStatus> { CardStatus.Suspended }),
        // R-MOVE-2/3: a pending transfer lapses the card 30 days on, whatever the log says later.
        ["move-out"] = StatusEffect.Unknown,
        ["transfer-in"] = StatusEffect.Unknown,
        // Certificates, PINs, documents and facts change; the card's status does not.
        ["issue-certificate"] = StatusEffect.None,
        ["renew-certificate"] = StatusEffect.None,
        ["pin-reset-counter"] = StatusEffect.None,
        ["pin-reset-kiosk"] = StatusEffect.None,
        ["kiosk-issue"] = StatusEffect.None,
        ["move-within"] = StatusEffect.None,
        ["name-change"] = StatusEffect.None,
        ["clinic-verify-face"] = StatusEffect.None,
        ["clinic-verify-visual"] = StatusEffect.None,
        ["clinic-verify-pin"] = StatusEffect.None,
        ["portal-login"] = StatusEffect.None,
        ["insurance-register"] = StatusEffect.None,
    };

    public static StatusEffect Of(string operation) => Effects.TryGetValue(operation, out var effect) ? effect : StatusEffect.Unknown;
}
