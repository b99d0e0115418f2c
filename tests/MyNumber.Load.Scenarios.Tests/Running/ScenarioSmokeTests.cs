using MyNumber.Cli.Running;
using MyNumber.Load.Scenarios.Definition;
using MyNumber.Load.Scenarios.Running;

namespace MyNumber.Load.Scenarios.Tests.Running;

[Collection(FleetCollection.Name)]
public sealed class ScenarioSmokeTests
{
    [Fact(DisplayName = "Every shipped scenario runs a 2-second smoke version on one in-process fleet, or is refused by name")]
    public async Task EveryScenarioRuns()
    {
        // One fleet, scenarios in calendar order: the cluster clock only moves forward.
        var scenarios = ScenarioFiles.All.Select(ScenarioLoader.Load).Select(TestScenarios.FromNine).OrderBy(s => s.Calendar.Start).ToList();
        // The population is procedural, so a national-sized fleet costs no more than Bunkyo's.
        await using var fleet = await InProcessFleet.StartAsync(1, ScaleSpec.National.Residents, scenarios[0].Calendar.Start);
        var ran = new List<string>();
        foreach (var scenario in scenarios)
        {
            var unsupported = ScenarioRunner.Validate(scenario);
            if (unsupported.Count > 0)
            {
                Assert.All(unsupported, u => Assert.Contains("is not supported by this build", u, StringComparison.Ordinal));
                await Assert.ThrowsAsync<InvalidOperationException>(() => ScenarioRunner.RunAsync(scenario, fleet.Connection,
                    TestScenarios.Options(TestScenarios.TempDirectory(scenario.Name), TimeSpan.FromSeconds(1))));
                continue;
            }
            fleet.Connection.Clock.Freeze();
            fleet.Connection.Clock.AdvanceTo(scenario.Calendar.Start);
            var options = TestScenarios.Options(TestScenarios.TempDirectory(scenario.Name), TimeSpan.FromSeconds(2)) with { Scale = scenario.Population.Size };
            var result = await ScenarioRunner.RunAsync(scenario, fleet.Connection, options);
            Assert.True(result.Counters.Total > 0, $"{scenario.Name}: no operations ran");
            Assert.True(result.Counters.Faults == 0, $"{scenario.Name}: faults {string.Join(", ", result.Counters.ByReason.Where(r => r.Key.StartsWith("fault.", StringComparison.Ordinal)))}");
            Assert.True(File.Exists(result.HtmlReportPath));
            Assert.True(File.Exists(result.OperationLogPath));
            Assert.StartsWith("VERDICT: ", result.Verdict.Line(result.HtmlReportPath), StringComparison.Ordinal);
            ran.Add(scenario.Name);
        }
        Assert.Contains("application-peak-2023-02-28", ran);
        Assert.Contains("insurance-switch-2024-12-02", ran);
        Assert.Contains("renewal-wave-fy2025", ran);
        Assert.Contains("kiosk-rush", ran);
    }
}
