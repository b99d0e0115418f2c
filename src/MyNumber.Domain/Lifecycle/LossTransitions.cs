namespace MyNumber.Domain.Lifecycle;

/// <summary>R-LOSS-1, R-LOSS-2: suspension by hotline and reactivation at the counter.</summary>
internal static class LossTransitions
{
    /// <summary>R-LOSS-1: accepted at any hour of any day; a second report of a suspended card changes nothing.</summary>
    public static Transition<Card> Suspend(Card c) => c.State switch
    {
        CardState.Active or CardState.MovedOverseas => Transition.Accept(c with { State = CardState.Suspended, SuspendedFrom = c.State }),
        CardState.Suspended => Transition.Accept(c),
        _ => CardLifecycle.Refuse(c),
    };

    /// <summary>R-LOSS-2: the found card is brought to the counter.</summary>
    public static Transition<Card> Resume(Card c, bool cardPresented)
    {
        if (c.State != CardState.Suspended) return CardLifecycle.Refuse(c);
        if (!cardPresented) return Transition.Refuse(c, CardReasons.NeedsCardAtCounter);
        return Transition.Accept(c with { State = c.SuspendedFrom ?? CardState.Active, SuspendedFrom = null });
    }
}
