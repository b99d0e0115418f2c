using System.Diagnostics;

namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>
/// Stops and starts the throwaway PostgreSQL server of scripts/services/postgres.sh with pg_ctl, as its
/// owner (the postgres OS user). The data directory comes from MYNUMBER_PG_DATA, else from where
/// postgres.sh puts it ($MYNUMBER_TEST_RUN_DIR/postgres/data); the restart reuses the options the server
/// was started with (postmaster.opts), so it comes back on the same port.
/// </summary>
public static class PostgresServer
{
    public static string? DataDirectory
    {
        get
        {
            var data = Environment.GetEnvironmentVariable("MYNUMBER_PG_DATA");
            if (string.IsNullOrEmpty(data) && Environment.GetEnvironmentVariable("MYNUMBER_TEST_RUN_DIR") is { } run)
                data = Path.Combine(run, "postgres", "data");
            return data is not null && File.Exists(Path.Combine(data, "PG_VERSION")) ? data : null;
        }
    }

    public static async Task StopAsync(CancellationToken cancellationToken) =>
        await PgCtlAsync(["stop", "-m", "fast", "-w"], cancellationToken);

    public static async Task StartAsync(CancellationToken cancellationToken)
    {
        var opts = (await File.ReadAllTextAsync(Path.Combine(Data, "postmaster.opts"), cancellationToken)).Trim();
        // postmaster.opts: the binary, then "-D" "<data>", then the options given with pg_ctl -o.
        var tokens = opts.Split('"', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).Skip(1).ToList();
        var dashD = tokens.IndexOf("-D");
        if (dashD >= 0) tokens.RemoveRange(dashD, 2);
        await PgCtlAsync(["start", "-w", "-t", "30", "-l", Path.Combine(Path.GetDirectoryName(Data)!, "server.log"), "-o", string.Join(' ', tokens)],
            cancellationToken);
        // Connections pooled before the stop are dead; the next test query must open a fresh one.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    private static string Data => DataDirectory
        ?? throw new InvalidOperationException("PostgreSQL data directory not found: set MYNUMBER_PG_DATA or MYNUMBER_TEST_RUN_DIR");

    private static async Task PgCtlAsync(string[] args, CancellationToken cancellationToken)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Last();
        var pgctl = Path.Combine(bin, "bin", "pg_ctl");
        var command = string.Join(' ', new[] { pgctl, "-D", Data }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo(Environment.UserName == "postgres" ? "/bin/sh" : "su")
        {
            // stdin closed at once: su must fail (not wait for a password) when we are not root.
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        if (Environment.UserName != "postgres") { start.ArgumentList.Add("postgres"); start.ArgumentList.Add("-s"); start.ArgumentList.Add("/bin/sh"); }
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken) + await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {args[0]} failed ({process.ExitCode}): {output}");
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
