using MyNumber.Load.Scenarios.Recording;

namespace MyNumber.Load.Scenarios.Replay;

/// <summary>An operation whose outcome differs between two logs (a null side: the operation is missing there).</summary>
public sealed record ReplayMismatch(long Sequence, OperationRecord? Expected, OperationRecord? Actual)
{
    public override string ToString()
    {
        var any = Expected ?? Actual!;
        return $"#{Sequence} {any.IntendedAt:yyyy-MM-dd HH:mm:ss} {any.Operation} {any.Actor}: {Describe(Expected)} → {Describe(Actual)}";
    }

    private static string Describe(OperationRecord? r) => r is null ? "(missing)" : r.Reason is null ? r.Outcome : $"{r.Outcome} {r.Reason}";
}
