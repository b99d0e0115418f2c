using System.Runtime.InteropServices;

namespace MyNumber.Load.Timing;

/// <summary>
/// What Linux offers a dispatcher thread that .NET does not: a higher scheduling weight (nice −10, so a
/// busy machine — builds, an in-process silo — does not keep it waiting for a core), a 1 ns timer slack
/// and a sleep with microsecond resolution (<c>clock_nanosleep</c>), so the dispatcher can sleep between
/// arrivals instead of spinning. Every call is best effort; a refusal leaves the thread as it was.
/// </summary>
internal static class LinuxDispatcherTuning
{
    private const int PrioProcess = 0;
    private const int PrSetTimerSlack = 29;
    private const int ClockMonotonic = 1;
    private const int DispatcherNice = -10;

    public static bool IsAvailable => OperatingSystem.IsLinux();

    /// <summary>Raises the calling thread's priority; returns what it got, for the report.</summary>
    public static string RaiseCurrentThread()
    {
        if (!IsAvailable) return "thread priority AboveNormal";
        try
        {
            int tid = gettid();
            bool niced = setpriority(PrioProcess, (uint)tid, DispatcherNice) == 0;
            int error = niced ? 0 : Marshal.GetLastPInvokeError();
            bool slack = prctl(PrSetTimerSlack, 1, 0, 0, 0) == 0;
            return (niced ? $"nice {DispatcherNice}" : $"normal priority (setpriority refused, errno {error})") + (slack ? ", 1 ns timer slack" : "");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return "normal priority (" + e.GetType().Name + ")";
        }
    }

    /// <summary>Sleeps the calling thread for about <paramref name="nanoseconds"/> (not interrupted by signals' early returns).</summary>
    public static void Sleep(long nanoseconds)
    {
        var request = new Timespec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        _ = clock_nanosleep(ClockMonotonic, 0, ref request, IntPtr.Zero);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int gettid();

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, uint who, int prio);

    [DllImport("libc", SetLastError = true)]
    private static extern int prctl(int option, ulong arg2, ulong arg3, ulong arg4, ulong arg5);

    [DllImport("libc")]
    private static extern int clock_nanosleep(int clockId, int flags, ref Timespec request, IntPtr remaining);
}
