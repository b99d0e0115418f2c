using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using MyNumber.Cli.Scenarios;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Running;
using MyNumber.Silo;

namespace MyNumber.Load.Scenarios.Tests.Running;

[Collection(FleetCollection.Name)]
public sealed class ClusterClientTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact(DisplayName = "run --cluster: a scenario runs as an Orleans client of a running silo, with the silo's population")]
    public async Task ScenarioThroughTheClient()
    {
        var scenario = TestScenarios.FromNine(TestScenarios.Load("application-peak-2023-02-28"));
        var c = CultureInfo.InvariantCulture;
        var (siloPort, gatewayPort, clusterId) = (FreePort(), FreePort(), $"client-test-{Guid.NewGuid():N}");
        using var silo = SiloHost.Build("local", [
            $"--Silo:SiloPort={siloPort}", $"--Silo:GatewayPort={gatewayPort}", $"--Silo:ClusterId={clusterId}",
            "--Population:Seed=7", "--Population:Size=240069", "--Clock:Mode=stepped", $"--Clock:Start={scenario.Calendar.Start.ToString("o", c)}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Orleans=Error", "--Logging:LogLevel:Microsoft=Error"]);
        await silo.StartAsync();
        try
        {
            var config = Path.Combine(TestScenarios.TempDirectory("cluster"), "cluster.json");
            await File.WriteAllTextAsync(config, $$"""
                { "Silo": { "Backend": "memory", "ClusterId": "{{clusterId}}", "ServiceId": "mynumber", "GatewayPort": {{gatewayPort}} },
                  "Client": { "ConnectRetrySeconds": 20 },
                  "Population": { "Seed": 7, "Size": 240069 } }
                """);
            await using var fleet = await ClusterFleet.StartAsync(config, scenario.Calendar.Start);
            Assert.Equal(240_069, fleet.Population.Size);
            var result = await ScenarioRunner.RunAsync(scenario, fleet.Connection,
                TestScenarios.Options(TestScenarios.TempDirectory("cluster-run"), TimeSpan.FromSeconds(2)));
            Assert.True(result.Counters.Accepted > 50, $"only {result.Counters.Accepted} accepted");
            Assert.Equal(0, result.Counters.Faults);
        }
        finally
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await silo.StopAsync(stop.Token);
        }
    }
}
