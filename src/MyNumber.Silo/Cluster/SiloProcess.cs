using System.Diagnostics;
using System.Globalization;

namespace MyNumber.Silo.Cluster;

/// <summary>
/// One silo as its own process: <c>dotnet mynumber.dll silo --profile &lt;profile&gt; …</c> on free loopback
/// ports, exactly what docker-compose runs; used by the cluster tests and <see cref="ClusterBench"/>. Its
/// output goes to a log file. Disposing kills it whatever happened.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StreamWriter _log;

    private SiloProcess(string name, string myNumberDll, string profile, string connectionString, string logDirectory,
        IReadOnlyDictionary<string, string>? environment)
    {
        Name = name;
        SiloPort = FreePorts.Next();
        GatewayPort = FreePorts.Next();
        LogPath = Path.Combine(logDirectory, name + ".log");
        _log = new StreamWriter(LogPath) { AutoFlush = true };
        var c = CultureInfo.InvariantCulture;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { myNumberDll, "silo", "--profile", profile, "--silo-port", SiloPort.ToString(c),
                     "--gateway-port", GatewayPort.ToString(c), "--connection-string", connectionString })
        {
            start.ArgumentList.Add(a);
        }
        start.Environment[SiloConfigFiles.DirectoryVariable] = SiloConfigFiles.FindDirectory();
        // Workstation GC: server GC lowered throughput on 2 cores (orleans-notes).
        start.Environment["DOTNET_gcServer"] = "0";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
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

    public static SiloProcess Start(string name, string myNumberDll, string profile, string connectionString, string logDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var silo = new SiloProcess(name, myNumberDll, profile, connectionString, logDirectory, environment);
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
