namespace MyNumber.Domain;

/// <summary>
/// A rule's answer: accepted, or refused with a stable reason code. Refusals are normal results that the
/// load harness counts per reason; they are never exceptions (design.md, "Rejections are outcomes").
/// </summary>
public readonly record struct Outcome
{
    private Outcome(ReasonCode? reason) => Reason = reason;

    /// <summary>The refusal reason, or null when accepted.</summary>
    public ReasonCode? Reason { get; }

    public bool IsAccepted => Reason is null;

    public static Outcome Accepted => default;

    public static Outcome Refused(ReasonCode reason) => new(reason);

    public override string ToString() => Reason is { } r ? $"refused: {r}" : "accepted";
}
