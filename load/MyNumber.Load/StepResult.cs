namespace MyNumber.Load;

/// <summary>The outcome of one iteration or sub-step: ok, or failed with a reason that is counted.</summary>
public readonly record struct StepResult
{
    private static readonly StepResult OkResult = new(true, null);

    private StepResult(bool isOk, string? reason)
    {
        IsOk = isOk;
        Reason = reason;
    }

    public bool IsOk { get; }

    /// <summary>Why it failed; null when ok. Reasons are counted separately, so keep them few and stable.</summary>
    public string? Reason { get; }

    public static StepResult Ok() => OkResult;

    public static StepResult Fail(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new StepResult(false, reason);
    }
}
