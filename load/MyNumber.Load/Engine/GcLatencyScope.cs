using System.Runtime;

namespace MyNumber.Load.Engine;

/// <summary>
/// Asks the GC for <see cref="GCLatencyMode.SustainedLowLatency"/> while any run is going: no blocking
/// full collections, which would stop the dispatcher (and an in-process system) for hundreds of
/// milliseconds. The mode is process-wide, so overlapping runs share it and the last one out restores it.
/// </summary>
internal sealed class GcLatencyScope : IDisposable
{
    private static readonly object Gate = new();
    private static int active;
    private static GCLatencyMode saved;
    private bool disposed;

    private GcLatencyScope()
    {
    }

    public static GcLatencyScope Enter()
    {
        lock (Gate)
        {
            if (active++ == 0)
            {
                saved = GCSettings.LatencyMode;
                // Without concurrent GC the runtime ignores this; the report then shows the mode it kept.
                GCSettings.LatencyMode = GCLatencyMode.SustainedLowLatency;
            }
        }
        return new GcLatencyScope();
    }

    /// <summary>The GC as the run sees it, for the generator report.</summary>
    public static string Describe() =>
        $"GC {GCSettings.LatencyMode} ({(GCSettings.IsServerGC ? "server" : "workstation")})";

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        lock (Gate)
        {
            if (--active == 0) GCSettings.LatencyMode = saved;
        }
    }
}
