using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MyNumber.Bridge.Tests;

/// <summary>
/// A pcscd of the test's own, so it can be killed without touching the pcscd that test.sh (or anyone else)
/// runs: a private mount namespace bind-mounts a temporary directory over <c>/run/pcscd</c> (pcsc-linux.md
/// §1: only one pcscd per <c>/run/pcscd</c>), and its reader.conf puts vpcd on ports of its own under the
/// reader name "Own PCD". A client reaches it through <c>PCSCLITE_CSOCK_NAME=</c><see cref="SocketPath"/>;
/// libpcsclite reads that once per process, so the client must be a process of its own.
/// </summary>
public sealed class OwnPcscd : IDisposable
{
    public const string Reader = "Own PCD 00 00";

    private const string VpcdDriver = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so";

    private readonly string _root = Directory.CreateTempSubdirectory("mynumber-own-pcscd-").FullName;
    private Process? _pcscd;

    public OwnPcscd()
    {
        Port = FreePortPair();
        Directory.CreateDirectory(Path.Combine(_root, "conf"));
        Directory.CreateDirectory(RunDirectory);
        var channel = "0x" + Port.ToString("X4", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(_root, "conf", "vpcd"),
            $"FRIENDLYNAME \"Own PCD\"\nDEVICENAME   /dev/null:{channel}\nLIBPATH      {VpcdDriver}\nCHANNELID    {channel}\n");
    }

    /// <summary>Root, pcscd, unshare and the vpcd driver: what it takes to run a pcscd of one's own.</summary>
    public static bool Possible =>
        OperatingSystem.IsLinux() && Environment.UserName == "root" && File.Exists(VpcdDriver)
        && OnPath("pcscd") && OnPath("unshare") && OnPath("mount");

    /// <summary>vpcd's port for <see cref="Reader"/>: the virtual card connects here.</summary>
    public int Port { get; }

    public string SocketPath => Path.Combine(RunDirectory, "pcscd.comm");

    public bool Running => _pcscd is { HasExited: false };

    private string RunDirectory => Path.Combine(_root, "run");

    /// <summary>Starts pcscd and waits for its socket.</summary>
    public void Start()
    {
        if (File.Exists(SocketPath)) File.Delete(SocketPath);
        var script = $"mkdir -p /run/pcscd && mount --bind '{RunDirectory}' /run/pcscd && exec pcscd --foreground -c '{Path.Combine(_root, "conf")}'";
        var start = new ProcessStartInfo("unshare", ["-m", "--propagation", "private", "sh", "-c", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _pcscd = Process.Start(start)!;
        _pcscd.OutputDataReceived += (_, _) => { };
        _pcscd.ErrorDataReceived += (_, _) => { };
        _pcscd.BeginOutputReadLine();
        _pcscd.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!File.Exists(SocketPath))
        {
            Assert.False(_pcscd.HasExited, $"own pcscd exited with {(_pcscd.HasExited ? _pcscd.ExitCode : 0)}");
            Assert.True(DateTime.UtcNow < deadline, "own pcscd did not create its socket within 10 s");
            Thread.Sleep(50);
        }
    }

    /// <summary>SIGKILL: the service dies the way a crash does, without telling its clients.</summary>
    public void Kill()
    {
        if (_pcscd is null) return;
        if (!_pcscd.HasExited) _pcscd.Kill();
        _pcscd.WaitForExit();
        _pcscd.Dispose();
        _pcscd = null;
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A socket file left by the killed pcscd; the temporary directory is harmless.
        }
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/sbin:/usr/bin:/sbin:/bin").Split(':')
            .Append("/usr/sbin").Append("/sbin").Any(d => File.Exists(Path.Combine(d, tool)));

    // vpcd listens on the channel's port and the next one (its second slot), on every interface.
    private static int FreePortPair()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var port = Random.Shared.Next(41_000, 49_000);
            if (Free(port) && Free(port + 1)) return port;
        }

        throw new InvalidOperationException("no free pair of TCP ports for the own vpcd");
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Any, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
