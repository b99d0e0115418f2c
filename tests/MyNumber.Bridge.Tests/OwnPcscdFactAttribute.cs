namespace MyNumber.Bridge.Tests;

/// <summary>
/// A test that runs a pcscd of its own (<see cref="OwnPcscd"/>): it needs root, pcscd, unshare and the vpcd
/// driver. Outside CI it skips with the reason when those are missing; with CI set it runs and fails.
/// </summary>
public sealed class OwnPcscdFactAttribute : FactAttribute
{
    public OwnPcscdFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) return;
        if (!OwnPcscd.Possible)
            Skip = "a pcscd of the test's own needs root, pcscd, unshare and vsmartcard-vpcd (./test.sh installs them)";
    }
}
