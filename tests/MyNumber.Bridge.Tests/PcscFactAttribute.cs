namespace MyNumber.Bridge.Tests;

/// <summary>
/// A test that needs pcscd with the vpcd reader (test.sh's pcscd service). Outside CI it skips with the
/// reason when pcscd is not running; with CI set it runs and fails, so a broken service is seen.
/// </summary>
public sealed class PcscFactAttribute : FactAttribute
{
    public PcscFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) return;
        if (!VirtualSlot.PcscdRunning)
            Skip = "pcscd is not running (./test.sh starts it: scripts/services/pcscd.sh); set CI to make this a failure";
    }
}
