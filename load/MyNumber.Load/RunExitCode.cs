namespace MyNumber.Load;

/// <summary>The process exit codes a run maps to, so CI can tell a slow system from a broken measurement.</summary>
public static class RunExitCode
{
    public const int Passed = 0;

    /// <summary>The generator fell behind its schedule: the numbers are not the system's (takes precedence).</summary>
    public const int InvalidRun = 98;

    /// <summary>A threshold failed, at the end or during the run (k6's code).</summary>
    public const int ThresholdsFailed = 99;
}
