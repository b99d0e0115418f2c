namespace MyNumber.Grains.Faults;

/// <summary>
/// The faults in force on this silo, looked up by kind at a simulated instant. Faults are windows of
/// simulated time, so a stepped replay meets them at the same instants as the run it replays.
/// </summary>
public sealed class FaultSchedule(FaultSettings settings)
{
    public const string RenewalFunctionOutage = "renewal-function-outage";
    public const string CaOutage = "ca-outage";
    public const string StorageLatency = "storage-latency";
    public const string StorageOutage = "storage-outage";
    public const string BackendLatency = "backend-latency";

    public static FaultSchedule None { get; } = new(new FaultSettings());

    public IReadOnlyList<FaultWindow> Windows => settings.Windows;

    public bool Any(string kind) => settings.Windows.Exists(w => w.Kind == kind);

    /// <summary>The window of <paramref name="kind"/> covering <paramref name="at"/>, if one does.</summary>
    public FaultWindow? Active(string kind, DateTimeOffset at) =>
        settings.Windows.Count == 0 ? null : settings.Windows.Find(w => w.Kind == kind && w.Covers(at));
}
