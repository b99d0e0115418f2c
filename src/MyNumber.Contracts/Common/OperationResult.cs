namespace MyNumber.Contracts.Common;

/// <summary>
/// The answer of a fleet operation: accepted, or refused with the Domain's reason code (e.g.
/// <c>pin.locked</c>). Refusals are results the load harness counts, never exceptions.
/// </summary>
[GenerateSerializer, Immutable, Alias("mn.OperationResult")]
public sealed record OperationResult([property: Id(0)] string? Reason)
{
    public static readonly OperationResult Ok = new((string?)null);

    public bool Accepted => Reason is null;

    public static OperationResult Refused(string reason) => new(reason);
}
