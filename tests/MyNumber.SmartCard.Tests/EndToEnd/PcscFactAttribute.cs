namespace MyNumber.SmartCard.Tests.EndToEnd;

/// <summary>
/// A test that needs a running pcscd with the vpcd reader (test.sh's pcscd service). Outside CI it skips
/// with the reason when pcscd is not running; with CI set it runs and fails, so a broken service is seen.
/// </summary>
public sealed class PcscFactAttribute : FactAttribute
{
    public PcscFactAttribute(bool needsOpenSc = false)
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) return;
        if (!VirtualReader.PcscdRunning)
            Skip = "pcscd is not running (./test.sh starts it: scripts/services/pcscd.sh); set CI to make this a failure";
        else if (needsOpenSc && OpenScTools.Pkcs15Tool is null)
            Skip = "OpenSC is not installed (apt-get install opensc)";
    }
}
