using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MyNumber.Silo.Cluster;

namespace MyNumber.Cluster.Tests.Fixtures;

/// <summary>
/// A cluster for one test: its own database, N silo processes of the cluster profile, and an Orleans
/// client built by <see cref="FleetClient"/> (what <c>mynumber run --cluster</c> uses). Disposing kills
/// every process and drops the database, whatever the test did.
/// </summary>
public sealed class ClusterRig : IAsyncDisposable
{
    private IHost? _client;

    private ClusterRig(TestDatabase database, string artifacts)
    {
        Database = database;
        Artifacts = artifacts;
    }

    public TestDatabase Database { get; }

    public string Artifacts { get; }

    public List<SiloProcess> Silos { get; } = [];

    public IClusterClient Client => _client?.Services.GetRequiredService<IClusterClient>()
        ?? throw new InvalidOperationException("client not started");

    public IServiceProvider ClientServices => _client?.Services ?? throw new InvalidOperationException("client not started");

    public static async Task<ClusterRig> StartAsync(string name, int silos, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? siloEnvironment = null, params string[] clientOverrides)
    {
        var rig = new ClusterRig(await TestDatabase.CreateAsync(cancellationToken), RepoPaths.NewArtifactDirectory(name));
        try
        {
            for (var i = 1; i <= silos; i++) rig.Silos.Add(SiloProcess.Start($"silo{i}", RepoPaths.MyNumberDll, "cluster", rig.Database.ConnectionString, rig.Artifacts,
                siloEnvironment));
            await Task.WhenAll(rig.Silos.Select(s => s.WaitReadyAsync(cancellationToken)));
            rig._client = await FleetClient.StartAsync("cluster", [$"--Silo:ConnectionString={rig.Database.ConnectionString}", .. clientOverrides],
                cancellationToken);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>The silo's status in orleansmembershiptable (3 active, 6 dead), newest generation on its port.</summary>
    public Task<int> MembershipStatusAsync(SiloProcess silo, CancellationToken cancellationToken) =>
        Database.ScalarAsync<int>(
            $"SELECT status FROM orleansmembershiptable WHERE port = {silo.SiloPort} ORDER BY generation DESC LIMIT 1", cancellationToken);

    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            try
            {
                if (await condition()) return DateTime.UtcNow - started;
            }
            catch (Exception) when (DateTime.UtcNow - started < timeout)
            {
                // not there yet: a call into a cluster that is still recovering
            }
            if (DateTime.UtcNow - started >= timeout) throw new TimeoutException($"condition not met within {timeout.TotalSeconds} s");
            await Task.Delay(250, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in Silos) silo.Dispose();
        if (_client is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await _client.StopAsync(stop.Token);
            }
            catch (Exception)
            {
                // the silos are gone already; nothing to close gracefully
            }
            _client.Dispose();
        }
        await Database.DisposeAsync();
    }
}
