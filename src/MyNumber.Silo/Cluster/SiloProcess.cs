using System.Diagnostics;
using System.Globalization;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>
/// One silo as its own process: <c>dotnet mynumber.dll silo --profile cluster …</c> on loopback, exactly
/// what docker-compose runs. Its output goes to a log file among the test's artifacts. Disposing kills it
/// whatever happened in the test.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StreamWriter _log;

    private SiloProcess(string name, string connectionString, string artifactDirectory)
    {
        Name = name;
        SiloPort = FreePorts.Next();
        GatewayPort = FreePorts.Next();
        LogPath = Path.Combine(artifactDirectory, name + ".log");
        _log = new StreamWriter(LogPath) { AutoFlush = true };
        var c = CultureInfo.InvariantCulture;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        foreach (var a in new[] { RepoPaths.MyNumberDll, "silo", "--profile", "cluster", "--silo-port", SiloPort.ToString(c),
                     "--gateway-port", GatewayPort.ToString(c), "--connection-string", connectionString })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["MYNUMBER_SILO_CONFIG"] = RepoPaths.SiloConfig;
        start.Environment["DOTNET_gcServer"] = "0";
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Line(e.Data);
        _process.ErrorDataReceived += (_, e) => Line(e.Data);
        _process.Exited += (_, _) => _ready.TrySetException(new InvalidOperationException($"{Name} exited before it was ready; see {LogPath}"));
        _process.EnableRaisingEvents = true;
    }

    public string Name { get; }

    public int SiloPort { get; }

    public int GatewayPort { get; }

    public string LogPath { get; }

    public int Pid => _process.Id;

    public bool HasExited => _process.HasExited;

    public static SiloProcess Start(string name, string connectionString, string artifactDirectory)
    {
        var silo = new SiloProcess(name, connectionString, artifactDirectory);
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    public Task WaitReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    /// <summary>SIGKILL: the silo gets no chance to leave the cluster.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: false);
        _process.WaitForExit(5000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // never started or already reaped
        }
        _process.Dispose();
        lock (_log) _log.Dispose();
    }

    private void Line(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            if (_log.BaseStream.CanWrite) _log.WriteLine(line);
        }
        if (line.StartsWith(ClusterSiloHost.ReadyPrefix, StringComparison.Ordinal)) _ready.TrySetResult();
    }
}
