using System.Diagnostics.Tracing;

namespace MyNumber.Load.Engine;

/// <summary>
/// Counts the runtime's stop-the-world GC pauses during a run and keeps the longest, from the runtime's
/// own GC events (suspension begins → threads restarted). A pause stops the dispatcher with everything
/// else, so when an in-process system's garbage makes the GC stop the process for 250 ms, the report can
/// say that the lag was the GC's, not the dispatcher's.
/// </summary>
internal sealed class GcPauseListener : EventListener
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private const int SuspendBegin = 9;
    private const int RestartEnd = 3;
    private readonly object gate = new();
    private DateTime? suspendedAt;
    private int count;
    private double longestMs;

    public (int Count, double LongestMs) Pauses
    {
        get { lock (gate) return (count, longestMs); }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        // Informational only: the GC keyword's verbose level adds an event per 100 KB allocated.
        if (eventSource.Name == RuntimeProvider) EnableEvents(eventSource, EventLevel.Informational, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        lock (gate)
        {
            if (e.EventId == SuspendBegin)
            {
                suspendedAt = e.TimeStamp;
            }
            else if (e.EventId == RestartEnd && suspendedAt is { } start)
            {
                count++;
                longestMs = Math.Max(longestMs, (e.TimeStamp - start).TotalMilliseconds);
                suspendedAt = null;
            }
        }
    }
}
