using MyNumber.Domain;
using MyNumber.Domain.Kiosk.Session;

namespace MyNumber.Grains.Kiosk;

/// <summary>One kiosk session driven through the Domain's <see cref="KioskSessionMachine"/>, event by event.</summary>
internal sealed class KioskSessionRun(KioskSession start)
{
    public KioskSession Session { get; private set; } = start;

    /// <summary>Applies the events in order and stops at the first refusal, which it returns.</summary>
    public Outcome Apply(params KioskEvent[] events)
    {
        foreach (var e in events)
        {
            var next = KioskSessionMachine.Apply(Session, e);
            Session = next.State;
            if (!next.IsAccepted) return next.Outcome;
        }

        return Outcome.Accepted;
    }
}
