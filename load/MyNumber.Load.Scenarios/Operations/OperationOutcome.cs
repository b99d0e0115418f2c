namespace MyNumber.Load.Scenarios.Operations;

/// <summary>
/// What the fleet answered: accepted, refused with the Domain's reason code, a fault (an exception: the
/// reason starts with <see cref="FaultPrefix"/>), or an invariant breach (<see cref="InvariantPrefix"/>),
/// which no run may contain.
/// </summary>
public sealed record OperationOutcome(string? Reason)
{
    public const string FaultPrefix = "fault.";
    public const string InvariantPrefix = "invariant.";
    public const string WrongPersonVerification = InvariantPrefix + "wrong-person-verification";
    public const string WrongPersonIssuance = InvariantPrefix + "wrong-person-issuance";

    public static OperationOutcome Ok { get; } = new((string?)null);

    public bool Accepted => Reason is null;

    public bool IsFault => Reason?.StartsWith(FaultPrefix, StringComparison.Ordinal) == true;

    public bool IsInvariantBreach => Reason?.StartsWith(InvariantPrefix, StringComparison.Ordinal) == true;

    /// <summary>"ok", "refused", "fault" or "invariant": the outcome column of the operation log.</summary>
    public string Kind => Reason is null ? "ok" : IsFault ? "fault" : IsInvariantBreach ? "invariant" : "refused";

    public static OperationOutcome Refused(string reason) => new(reason);

    /// <summary>
    /// A fault keeps only the exception's type: messages may carry timings or personal data. Wrappers
    /// (Orleans' storage-provider error, aggregates) name the fault they carry, e.g. a storage outage.
    /// </summary>
    public static OperationOutcome Fault(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        while (e.InnerException is { } inner && (e is AggregateException || e.GetType().FullName == "Orleans.Runtime.OrleansException"))
            e = inner;
        return new(FaultPrefix + e.GetType().Name);
    }

    public static OperationOutcome From(string? reason) => reason is null ? Ok : new(reason);
}
