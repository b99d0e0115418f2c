namespace MyNumber.Load.Scenarios.Replay;

/// <summary>A replay: how it compared with the recording, and how fast simulated time went against the wall clock.</summary>
public sealed record ReplayResult(LogDifference Difference, long Operations, TimeSpan SimulatedSpan, TimeSpan WallTime, string OutcomeLogPath)
{
    /// <summary>Simulated time covered ÷ wall time taken (the "× real time" figure).</summary>
    public double SpeedUp => WallTime <= TimeSpan.Zero ? 0 : SimulatedSpan / WallTime;
}
