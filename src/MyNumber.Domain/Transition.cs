namespace MyNumber.Domain;

/// <summary>Short constructors for <see cref="Transition{TState}"/>.</summary>
public static class Transition
{
    public static Transition<TState> Accept<TState>(TState state) => new(state, Outcome.Accepted);

    public static Transition<TState> Refuse<TState>(TState state, ReasonCode reason) => new(state, Outcome.Refused(reason));
}
