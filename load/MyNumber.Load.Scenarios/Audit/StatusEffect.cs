using MyNumber.Contracts.Cards;

namespace MyNumber.Load.Scenarios.Audit;

/// <summary>
/// What one scenario operation does to the status of the resident's current card: the status an accepted
/// one leaves (null: it sets none), the statuses a refused or faulted one may leave half-way (a reissue
/// whose application was refused after the card was suspended), and whether its effect cannot be told
/// from the log at all (a move-out starts a deadline after which the card lapses on its own).
/// </summary>
public sealed record StatusEffect(CardStatus? WhenAccepted, IReadOnlySet<CardStatus> PartWay, bool Unpredictable = false)
{
    public static StatusEffect None { get; } = new(null, new HashSet<CardStatus>());

    public static StatusEffect Unknown { get; } = new(null, new HashSet<CardStatus>(), Unpredictable: true);
}
