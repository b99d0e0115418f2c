using MyNumber.Domain.Lifecycle;
using MyNumber.Domain.Pins;
using MyNumber.Domain.Tests.Pins;

namespace MyNumber.Domain.Tests.Lifecycle;

/// <summary>Cards in known states for the lifecycle tests.</summary>
internal static class Cards
{
    public static readonly DateOnly Birth = new(1990, 5, 30);
    public static readonly DateOnly HandedOver = new(2024, 2, 15);

    public static DateOnly D(int y, int m, int d) => new(y, m, d);

    /// <summary>A national's card handed over on 2024-02-15: card to 2033-05-30, certificates to 2028-05-30.</summary>
    public static Card Active(CardHolder? holder = null, PinSet? pins = null, DateOnly? handedOver = null)
    {
        var on = handedOver ?? HandedOver;
        var card = Card.Apply(holder ?? CardHolder.National(Birth), on.AddDays(-40));
        card = Must(CardLifecycle.Apply(card, new CardEvent.MarkReady(), on.AddDays(-10)));
        return Must(CardLifecycle.Apply(card, new CardEvent.HandOver(pins ?? PinFixtures.Standard()), on));
    }

    public static Card Must(Transition<Card> transition)
    {
        Assert.True(transition.IsAccepted, transition.Outcome.ToString());
        return transition.State;
    }

    public static Transition<Card> Do(this Card card, CardEvent e, DateOnly on) => CardLifecycle.Apply(card, e, on);
}
