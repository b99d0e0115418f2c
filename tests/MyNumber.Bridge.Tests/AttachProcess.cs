using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MyNumber.Silo;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// <c>mynumber attach --cluster CONFIG</c> as a process of its own, joined to the test's embedded fleet
/// through its gateway. With <c>--pin-source prompt</c> its stdin is the holder's keyboard: the test sees
/// each PIN prompt and types the PIN when it chooses. Extra environment (e.g. <c>PCSCLITE_CSOCK_NAME</c>) picks its pcscd.
/// </summary>
internal sealed class AttachProcess : IAsyncDisposable
{
    private const string Prompt = "user-authentication PIN for the card in";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Task _readers;
    private readonly string _clusterFile;

    private AttachProcess(Process process, string clusterFile)
    {
        _process = process;
        _clusterFile = clusterFile;
        _readers = Task.WhenAll(PumpAsync(process.StandardOutput), PumpAsync(process.StandardError));
    }

    public bool Running => !_process.HasExited;

    /// <summary>Called with everything the process printed once it has ended (for the test's log).</summary>
    public event Action<string>? Exited;

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static AttachProcess Start(SiloProfile silo, string reader, IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> extra, string pinSource = "prompt", int connectRetrySeconds = 30)
    {
        var clusterFile = Path.Combine(Path.GetTempPath(), $"mynumber-attach-cluster-{Guid.NewGuid():N}.json");
        File.WriteAllText(clusterFile, JsonSerializer.Serialize(new
        {
            Silo = new { Backend = SiloProfile.Memory, silo.ClusterId, silo.ServiceId, silo.GatewayPort },
            Client = new { ConnectRetrySeconds = connectRetrySeconds },
            Logging = new { LogLevel = new { Default = "Warning", Orleans = "Error", Microsoft = "Error" } },
        }));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "mynumber.dll"), "attach", "--reader", reader,
                     "--cluster", clusterFile, "--pin-source", pinSource, .. extra])
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment) start.Environment[name] = value;
        return new AttachProcess(Process.Start(start)!, clusterFile);
    }

    /// <summary>How many times the process has asked for the user-authentication PIN.</summary>
    public int PromptsSeen => Count(Prompt);

    public int Count(string text)
    {
        var all = Output;
        var n = 0;
        for (var at = all.IndexOf(text, StringComparison.Ordinal); at >= 0; at = all.IndexOf(text, at + text.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Waits until <paramref name="condition"/> holds on the output; fails with the output otherwise.</summary>
    public async Task WaitForAsync(Func<AttachProcess, bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition(this))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{what}: not seen in {seconds} s; attach printed:\n{Output}");
            Assert.True(Running || condition(this), $"{what}: attach exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Output}");
            await Task.Delay(50);
        }
    }

    /// <summary>The holder types a PIN and Enter.</summary>
    public async Task TypeAsync(string pin)
    {
        await _process.StandardInput.WriteLineAsync(pin);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the process to end by itself (failing the test after <paramref name="timeout"/>); its exit code.</summary>
    public async Task<int> StopWhenExitedAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"attach still running after {timeout}:\n{Output}");
        }

        return await StopAsync();
    }

    /// <summary>SIGTERM (what Ctrl+C or a service manager sends), then waits for a clean exit; its exit code.</summary>
    public async Task<int> StopAsync()
    {
        if (!_process.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        await _readers;
        Exited?.Invoke(Output);
        Exited = null;
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        File.Delete(_clusterFile);
    }

    // Char by char, not by line: a PIN prompt waits for input without ending its line.
    private async Task PumpAsync(StreamReader stream)
    {
        var buffer = new char[1024];
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            lock (_output) _output.Append(buffer, 0, n);
        }
    }
}
