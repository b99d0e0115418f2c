using System.Diagnostics;

namespace MyNumber.Load.Tests;

/// <summary>Headless Chromium, found through MYNUMBER_CHROMIUM (set by scripts/services/chromium.sh) or /usr/bin/chromium.</summary>
internal static class Chromium
{
    public static string? Path
    {
        get
        {
            string? configured = Environment.GetEnvironmentVariable("MYNUMBER_CHROMIUM");
            if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    /// <summary>Runs Chromium headless on a page with a fresh profile; returns its standard output.</summary>
    public static string Run(string page, params string[] action)
    {
        string binary = Path ?? throw new InvalidOperationException("Chromium is required here (CI is set) but was not found");
        string profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chromium-profile-" + Guid.NewGuid().ToString("n"));
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,2000" })
            start.ArgumentList.Add(a);
        foreach (var a in action) start.ArgumentList.Add(a);
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Chromium did not start");
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(true);
                throw new TimeoutException("Chromium did not finish within 60 s");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout;
        }
        finally
        {
            if (Directory.Exists(profile)) Directory.Delete(profile, true);
        }
    }
}
