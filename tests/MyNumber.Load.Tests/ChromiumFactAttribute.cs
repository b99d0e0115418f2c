namespace MyNumber.Load.Tests;

/// <summary>
/// A fact that needs headless Chromium: skipped with the reason when it is missing on a developer
/// machine, run (and failing) when CI is set, so CI can never pass without the check.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            Skip = "Chromium is not installed (./test.sh installs Debian's chromium package); CI is not set, so skipped";
    }
}
