namespace MyNumber.Load.Thresholds;

/// <summary>
/// Which iterations a latency threshold reads. Failed iterations have their own histograms (as in
/// NBomber's Ok and Fail statistics): a fast refusal must not make the successes look quick, and a
/// slow timeout must not make them look slow.
/// </summary>
public enum LatencyOutcome
{
    /// <summary>The default: only iterations that succeeded.</summary>
    Ok,

    Failed,

    /// <summary>Successes and failures together.</summary>
    All,
}
