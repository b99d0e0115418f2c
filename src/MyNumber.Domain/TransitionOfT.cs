namespace MyNumber.Domain;

/// <summary>
/// The result of applying an event to an immutable state: the next state and the outcome. A refusal
/// usually leaves the state as it was, but not always (a wrong PIN is refused and still counts).
/// </summary>
public readonly record struct Transition<TState>(TState State, Outcome Outcome)
{
    public bool IsAccepted => Outcome.IsAccepted;
}
