using System.Diagnostics;

namespace MyNumber.SmartCard.Tests.EndToEnd;

/// <summary>Finds and runs OpenSC's command-line tools.</summary>
internal static class OpenScTools
{
    public static string? Pkcs15Tool => Find("/usr/bin/pkcs15-tool");
    public static string? Pkcs11Tool => Find("/usr/bin/pkcs11-tool");

    public static string? Pkcs11Module => Find(
        "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/aarch64-linux-gnu/opensc-pkcs11.so",
        "/usr/lib/x86_64-linux-gnu/pkcs11/opensc-pkcs11.so",
        "/usr/lib/opensc-pkcs11.so");

    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            return (-1, "timed out");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static string? Find(params string[] candidates) => candidates.FirstOrDefault(File.Exists);
}
